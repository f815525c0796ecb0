package org.mastervoice.media.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mastervoice.aws.local.LocalAws;
import org.mastervoice.aws.registry.DynamoDbLocationStore;
import org.mastervoice.media.support.NodeFixture;
import org.mastervoice.media.support.Sipp;
import org.mastervoice.media.support.SipProbe;
import org.mastervoice.registration.AddressOfRecord;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStatus;

/** sipp, a SIP client we did not write, registers 100 users with digest; the bindings survive a node restart. */
class SippRegisterIT {

    @TempDir
    Path tmp;

    @Test
    void registersAHundredUsersWithDigestAndTheyAreRoutableAfterARestart() {
        try (NodeFixture fixture = new NodeFixture()) {
            String domain = fixture.tenant("sipp", 100, 199, TenantStatus.ACTIVE);
            TenantId tenant = new TenantId(domain.substring(0, domain.indexOf('.')));
            fixture.start();
            List<String> users = IntStream.rangeClosed(100, 199)
                    .mapToObj(n -> NodeFixture.username(n) + ";" + domain + ";" + NodeFixture.password(n, domain)).toList();
            Sipp.Result run = Sipp.run(fixture.sipPort, 60, "-sf", Sipp.scenario("register_auth.xml").toString(),
                    "-inf", Sipp.injection(tmp, users).toString(), "-auth_uri", domain,
                    "-p", String.valueOf(LocalAws.freePort()), "-m", "100", "-r", "50", "-l", "20");
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(fixture.node().locations().snapshot().keySet()).filteredOn(a -> a.tenant().equals(tenant)).hasSize(100);

            DynamoDbLocationStore store = new DynamoDbLocationStore(fixture.tables.clients().dynamoDb(), fixture.aws());
            await("registrations persisted").atMost(Duration.ofSeconds(10))
                    .until(() -> store.loadAll().keySet().stream().filter(a -> a.tenant().equals(tenant)).count() == 100);

            fixture.stopNode();
            fixture.start();
            AddressOfRecord d150 = new AddressOfRecord(tenant, "d150");
            assertThat(fixture.node().locations().lookup(d150)).as("restored from the locations table").hasSize(1);
            try (SipProbe probe = new SipProbe(fixture.sipPort)) {
                String query = probe.registerWithAuth("d150", domain, "d150", NodeFixture.password(150, domain), "");
                assertThat(query).startsWith("SIP/2.0 200").contains("sip:d150@127.0.0.1:");
            }
        }
    }
}
