package org.mastervoice.media.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mastervoice.aws.registry.DynamoDbLocationStore;
import org.mastervoice.media.support.NodeFixture;
import org.mastervoice.media.support.SipProbe;
import org.mastervoice.registration.AddressOfRecord;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStatus;

/** The registrar over real UDP against a real dynalite: tenancy, digest, bindings, expiry rules, persistence. */
class RegistrarIT {

    private static NodeFixture fixture;
    private static String acme;
    private static String beta;
    private static String frozen;

    @BeforeAll
    static void start() {
        fixture = new NodeFixture();
        acme = fixture.tenant("acme", 100, 104, TenantStatus.ACTIVE);
        beta = fixture.tenant("beta", 100, 101, TenantStatus.ACTIVE);
        frozen = fixture.tenant("frozen", 100, 100, TenantStatus.SUSPENDED);
        fixture.start();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String contact(SipProbe probe, String user, int expires) {
        return "Contact: <sip:" + user + "@127.0.0.1:" + probe.localPort() + ">\r\nExpires: " + expires + "\r\n";
    }

    @Test
    void challengesThenAcceptsAndListsTheBinding() {
        try (SipProbe probe = new SipProbe(fixture.sipPort)) {
            String challenge = probe.register("d100", acme, contact(probe, "d100", 600), null);
            assertThat(challenge).startsWith("SIP/2.0 401").contains("realm=\"" + acme + "\"").containsIgnoringCase("qop=\"auth\"");
            String ok = probe.register("d100", acme, contact(probe, "d100", 600),
                    SipProbe.authorization(challenge, "d100", NodeFixture.password(100, acme), "sip:" + acme));
            assertThat(ok).startsWith("SIP/2.0 200").contains("sip:d100@127.0.0.1:" + probe.localPort()).contains("expires=");
        }
    }

    @Test
    void severalDevicesOfOneAddressAndAQueryListsThemAll() {
        try (SipProbe desk = new SipProbe(fixture.sipPort); SipProbe mobile = new SipProbe(fixture.sipPort)) {
            assertThat(desk.registerWithAuth("d101", acme, "d101", NodeFixture.password(101, acme), contact(desk, "d101", 600))).startsWith("SIP/2.0 200");
            String second = mobile.registerWithAuth("d101", acme, "d101", NodeFixture.password(101, acme), contact(mobile, "d101", 600));
            assertThat(second).startsWith("SIP/2.0 200")
                    .contains("127.0.0.1:" + desk.localPort()).contains("127.0.0.1:" + mobile.localPort());
            String query = mobile.registerWithAuth("d101", acme, "d101", NodeFixture.password(101, acme), "");
            assertThat(query).startsWith("SIP/2.0 200").contains("127.0.0.1:" + desk.localPort());
        }
    }

    @Test
    void tooShortExpiryGets423WithMinExpiresAndZeroUnregisters() {
        try (SipProbe probe = new SipProbe(fixture.sipPort)) {
            String brief = probe.registerWithAuth("d102", acme, "d102", NodeFixture.password(102, acme), contact(probe, "d102", 10));
            assertThat(brief).startsWith("SIP/2.0 423").contains("Min-Expires: 60");
            assertThat(probe.registerWithAuth("d102", acme, "d102", NodeFixture.password(102, acme), contact(probe, "d102", 120))).startsWith("SIP/2.0 200");
            String gone = probe.registerWithAuth("d102", acme, "d102", NodeFixture.password(102, acme), "Contact: *\r\nExpires: 0\r\n");
            assertThat(gone).startsWith("SIP/2.0 200").doesNotContain("Contact:");
            assertThat(fixture.node().locations().lookup(new AddressOfRecord(tenantOf(acme), "d102"))).isEmpty();
        }
    }

    @Test
    void wrongPasswordIs403AndCountedForTheSource() {
        long before = fixture.node().authFailures().count("127.0.0.1");
        try (SipProbe probe = new SipProbe(fixture.sipPort)) {
            String r = probe.registerWithAuth("d103", acme, "d103", "not-the-password", contact(probe, "d103", 600));
            assertThat(r).startsWith("SIP/2.0 403").contains("Warning: 399");
        }
        assertThat(fixture.node().authFailures().count("127.0.0.1")).isEqualTo(before + 1);
    }

    @Test
    void unknownDomainIs404AndSuspendedTenantIs403() {
        try (SipProbe probe = new SipProbe(fixture.sipPort)) {
            assertThat(probe.register("d100", "nowhere.example", contact(probe, "d100", 600), null)).startsWith("SIP/2.0 404");
            assertThat(probe.register("d100", frozen, contact(probe, "d100", 600), null)).startsWith("SIP/2.0 403");
        }
    }

    @Test
    void credentialsOfOneTenantDoNotRegisterIntoAnother() {
        try (SipProbe probe = new SipProbe(fixture.sipPort)) {
            // beta also has a d100, with its own password: acme's password must not open it
            String r = probe.registerWithAuth("d100", beta, "d100", NodeFixture.password(100, acme), contact(probe, "d100", 600));
            assertThat(r).startsWith("SIP/2.0 403");
            // and acme's device d104 does not exist in beta at all
            assertThat(probe.registerWithAuth("d104", beta, "d104", NodeFixture.password(104, acme), contact(probe, "d104", 600))).startsWith("SIP/2.0 403");
            assertThat(fixture.node().locations().lookup(new AddressOfRecord(tenantOf(beta), "d100"))).isEmpty();
        }
    }

    @Test
    void aDeviceMayNotRegisterAnotherDevicesAddress() {
        try (SipProbe probe = new SipProbe(fixture.sipPort)) {
            String r = probe.registerWithAuth("d101", acme, "d103", NodeFixture.password(103, acme), contact(probe, "d101", 600));
            assertThat(r).startsWith("SIP/2.0 403");
        }
    }

    @Test
    void bindingsReachTheLocationsTableInTheBackground() {
        try (SipProbe probe = new SipProbe(fixture.sipPort)) {
            assertThat(probe.registerWithAuth("d104", acme, "d104", NodeFixture.password(104, acme), contact(probe, "d104", 600))).startsWith("SIP/2.0 200");
        }
        DynamoDbLocationStore store = new DynamoDbLocationStore(fixture.tables.clients().dynamoDb(), fixture.aws());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(store.loadAll().get(new AddressOfRecord(tenantOf(acme), "d104"))).hasSize(1));
    }

    private static TenantId tenantOf(String domain) {
        return new TenantId(domain.substring(0, domain.indexOf('.')));
    }
}
