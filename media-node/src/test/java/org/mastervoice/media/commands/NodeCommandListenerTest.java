package org.mastervoice.media.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.sqs.SqsDirectoryEvents;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.DirectoryChange;
import org.mastervoice.directory.Extension;
import org.mastervoice.media.directory.DirectoryCache;
import org.mastervoice.registration.AddressOfRecord;
import org.mastervoice.registration.LocationService;
import org.mastervoice.registration.RegisterRequest;
import org.mastervoice.registration.RegistrationPolicy;
import org.mastervoice.security.DigestHa1;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.testkit.InMemoryExtensionStore;
import org.mastervoice.testkit.InMemoryShortNumberStore;
import org.mastervoice.testkit.InMemoryTenantStore;
import org.mastervoice.testkit.MutableClock;

class NodeCommandListenerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryExtensionStore extensions = new InMemoryExtensionStore();
    private final DirectoryCache cache = new DirectoryCache(new InMemoryTenantStore(), extensions, new InMemoryShortNumberStore(),
            clock, Duration.ofSeconds(30));
    private final LocationService locations = new LocationService(RegistrationPolicy.DEFAULT, clock, aor -> { });
    private final NodeCommandListener listener = new NodeCommandListener(null,
            AwsSettings.local(URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:1"), ""), "n1", cache, locations);
    private final TenantId acme = new TenantId("acme");

    @Test
    void aDeletedDeviceIsForgottenAtOnceAndLosesItsRegistrations() {
        extensions.create(new Extension(acme, "100", null, "E", "100", "internal"));
        extensions.addDevice(new Device(acme, "d100", "100", "desk", DigestHa1.of("d100", "acme.example", "secret-secret")));
        assertThat(cache.device(acme, "d100")).isPresent();
        AddressOfRecord aor = new AddressOfRecord(acme, "d100");
        locations.register(aor, new RegisterRequest(List.of(new RegisterRequest.RequestedContact("sip:d100@10.0.0.1", null, null, null)),
                false, 600, "c", 1, "udp:10.0.0.1:5060", "t"));

        extensions.deleteDevice(acme, "d100");
        assertThat(cache.device(acme, "d100")).as("still cached until told").isPresent();
        listener.apply(SqsDirectoryEvents.encode(new DirectoryChange(acme, DirectoryChange.Kind.DEVICE, "d100", true)));
        assertThat(cache.device(acme, "d100")).isEmpty();
        assertThat(locations.lookup(aor)).isEmpty();
    }

    @Test
    void aNewExtensionIsSeenAtOnceDespiteACachedMiss() {
        assertThat(cache.extension(acme, "200")).isEmpty();
        extensions.create(new Extension(acme, "200", null, "New", "200", "internal"));
        assertThat(cache.extension(acme, "200")).as("the miss is cached").isEmpty();
        listener.apply(SqsDirectoryEvents.encode(new DirectoryChange(acme, DirectoryChange.Kind.EXTENSION, "200", false)));
        assertThat(cache.extension(acme, "200")).isPresent();
    }

    @Test
    void unknownCommandsAreDropped() {
        listener.apply("reboot now");
        assertThat(SqsDirectoryEvents.decode("reboot now")).isNull();
    }
}
