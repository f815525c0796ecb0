package org.mastervoice.media.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mastervoice.aws.local.LocalAws;
import org.mastervoice.media.support.NodeFixture;
import org.mastervoice.media.support.Sipp;
import org.mastervoice.media.support.SipProbe;
import org.mastervoice.tenant.TenantStatus;

/**
 * Calls through the B2BUA between sipp instances (a UAC caller, a UAS callee registered as another extension):
 * answered with RTP both ways through the node, busy, cancelled while ringing, unanswered, unknown number,
 * unauthenticated, and across tenants.
 */
class SippCallIT {

    private static NodeFixture fixture;
    private static String acme;
    private static String other;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        fixture = new NodeFixture();
        acme = fixture.tenant("acme", 100, 107, TenantStatus.ACTIVE, List.of("9100=103"));
        other = fixture.tenant("other", 150, 150, TenantStatus.ACTIVE);
        fixture.start(new CallSettings(Duration.ofSeconds(3), Duration.ofSeconds(60)));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** Registers extension {@code n}'s device from local port {@code port}, so a UAS on that port receives its calls. */
    private static void registerFrom(int port, int n, String domain) {
        Sipp.Result r = Sipp.run(fixture.sipPort, 20, "-sf", Sipp.scenario("register_auth.xml").toString(),
                "-inf", Sipp.injection(tmp, List.of(NodeFixture.username(n) + ";" + domain + ";" + NodeFixture.password(n, domain))).toString(),
                "-auth_uri", domain, "-p", String.valueOf(port), "-cp", String.valueOf(LocalAws.freePort()), "-m", "1");
        assertThat(r.exitCode()).as(r.output()).isZero();
    }

    private static Sipp.Running callee(String scenario, int port, int n) {
        return Sipp.start(40, "-sf", Sipp.scenario(scenario).toString(), "-p", String.valueOf(port), "-s", NodeFixture.username(n),
                "-mi", "127.0.0.1", "-mp", String.valueOf(LocalAws.freePort() & ~1), "-cp", String.valueOf(LocalAws.freePort()),
                "-rtp_echo", "-m", "1");
    }

    private static Sipp.Result caller(String scenario, int n, String domain, String dialled) {
        return Sipp.run(fixture.sipPort, 40, "-sf", Sipp.scenario(scenario).toString(),
                "-inf", Sipp.injection(tmp, List.of(NodeFixture.username(n) + ";" + domain + ";" + NodeFixture.password(n, domain))).toString(),
                "-s", dialled, "-auth_uri", dialled + "@" + domain, "-p", String.valueOf(LocalAws.freePort()),
                "-mi", "127.0.0.1", "-mp", String.valueOf(LocalAws.freePort() & ~1), "-cp", String.valueOf(LocalAws.freePort()), "-m", "1");
    }

    @Test
    void answeredCallCarriesRtpBothWaysThroughTheNode() {
        int uasPort = LocalAws.freePort();
        registerFrom(uasPort, 101, acme);
        long fromCallers = fixture.node().media().packetsFromCallers();
        long fromCallees = fixture.node().media().packetsFromCallees();
        Sipp.Running uas = callee("uas_answer_echo.xml", uasPort, 101);
        Sipp.Result uac = caller("uac_call_pcap.xml", 100, acme, "101");
        Sipp.Result uasResult = uas.await();
        assertThat(uac.exitCode()).as(uac.output()).isZero();
        assertThat(uasResult.exitCode()).as(uasResult.output()).isZero();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(fixture.node().media().packetsFromCallers() - fromCallers).as("RTP from the caller").isGreaterThan(150);
            assertThat(fixture.node().media().packetsFromCallees() - fromCallees).as("RTP echoed by the callee").isGreaterThan(150);
        });
        assertThat(fixture.node().activeCalls()).isZero();
    }

    @Test
    void holdIsPassedThroughAsAReInviteAndAnsweredBack() {
        int uasPort = LocalAws.freePort();
        registerFrom(uasPort, 106, acme);
        Sipp.Running uas = callee("uas_answer_hold.xml", uasPort, 106);
        Sipp.Result uac = caller("uac_call_hold.xml", 100, acme, "106");
        Sipp.Result uasResult = uas.await();
        assertThat(uac.exitCode()).as("the caller got recvonly back: " + uac.output()).isZero();
        assertThat(uasResult.exitCode()).as("the callee saw sendonly: " + uasResult.output()).isZero();
    }

    @Test
    void offerWithoutACommonCodecIs488() {
        try (SipProbe probe = new SipProbe(fixture.sipPort)) {
            String sdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                    + "m=audio 40000 RTP/AVP 18\r\na=rtpmap:18 G729/8000\r\n";
            String answer = probe.inviteWithAuth("d100", acme, "101", NodeFixture.password(100, acme), sdp);
            assertThat(answer).startsWith("SIP/2.0 488").contains("Warning: 305");
        }
    }

    @Test
    void earlyMediaIsRelayedAs183WithTheNodesSdp() {
        int uasPort = LocalAws.freePort();
        registerFrom(uasPort, 107, acme);
        Sipp.Running uas = callee("uas_early_media.xml", uasPort, 107);
        Sipp.Result uac = caller("uac_call_early.xml", 100, acme, "107");
        Sipp.Result uasResult = uas.await();
        assertThat(uac.exitCode()).as("the caller got 183 with SDP: " + uac.output()).isZero();
        assertThat(uasResult.exitCode()).as(uasResult.output()).isZero();
    }

    @Test
    void busyCalleeGives486() {
        int uasPort = LocalAws.freePort();
        registerFrom(uasPort, 102, acme);
        Sipp.Running uas = callee("uas_busy.xml", uasPort, 102);
        Sipp.Result uac = caller("uac_expect_486.xml", 100, acme, "102");
        assertThat(uac.exitCode()).as(uac.output()).isZero();
        assertThat(uas.await().exitCode()).isZero();
    }

    @Test
    void callerCancelsWhileRingingAndTheCalleeIsCancelledToo() {
        int uasPort = LocalAws.freePort();
        registerFrom(uasPort, 103, acme);
        Sipp.Running uas = callee("uas_ring_noanswer.xml", uasPort, 103);
        Sipp.Result uac = caller("uac_cancel.xml", 100, acme, "9100");
        Sipp.Result uasResult = uas.await();
        assertThat(uac.exitCode()).as(uac.output()).isZero();
        assertThat(uasResult.exitCode()).as("the callee got CANCEL: " + uasResult.output()).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.node().mediaPortsInUse() == 0);
    }

    @Test
    void unansweredCallEndsWith480AfterTheRingTimeoutAndCancelsTheCallee() {
        int uasPort = LocalAws.freePort();
        registerFrom(uasPort, 104, acme);
        Sipp.Running uas = callee("uas_ring_noanswer.xml", uasPort, 104);
        Sipp.Result uac = caller("uac_expect_480.xml", 100, acme, "104");
        assertThat(uac.exitCode()).as(uac.output()).isZero();
        assertThat(uas.await().exitCode()).isZero();
    }

    @Test
    void unknownNumberIs404AndUnregisteredExtensionIs480() {
        assertThat(caller("uac_expect_404.xml", 100, acme, "777").exitCode()).isZero();
        assertThat(caller("uac_expect_480.xml", 100, acme, "105").exitCode()).isZero();
    }

    @Test
    void aDeviceReachesOnlyItsOwnTenantsNumberingPlan() {
        int uasPort = LocalAws.freePort();
        registerFrom(uasPort, 150, other);
        // acme has no extension 150: its device must not reach other's 150
        Sipp.Result uac = caller("uac_expect_404.xml", 100, acme, "150");
        assertThat(uac.exitCode()).as(uac.output()).isZero();
    }

    @Test
    void unauthenticatedInviteIsChallengedWith407() {
        try (SipProbe probe = new SipProbe(fixture.sipPort)) {
            String invite = "INVITE sip:101@" + acme + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + probe.localPort() + ";branch=z9hG4bK-probe" + System.nanoTime() + "\r\n"
                    + "Max-Forwards: 70\r\nFrom: <sip:d100@" + acme + ">;tag=p1\r\nTo: <sip:101@" + acme + ">\r\n"
                    + "Call-ID: probe-" + System.nanoTime() + "\r\nCSeq: 1 INVITE\r\nContact: <sip:d100@127.0.0.1:" + probe.localPort() + ">\r\n"
                    + "Content-Length: 0\r\n\r\n";
            String answer = probe.send(invite);
            assertThat(answer).startsWith("SIP/2.0 407").contains("Proxy-Authenticate: Digest").contains("realm=\"" + acme + "\"");
        }
    }
}
