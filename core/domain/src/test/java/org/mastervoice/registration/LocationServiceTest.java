package org.mastervoice.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mastervoice.support.MovableClock;
import org.mastervoice.tenant.TenantId;

class LocationServiceTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final List<AddressOfRecord> changes = new ArrayList<>();
    private final LocationService locations = new LocationService(RegistrationPolicy.DEFAULT, clock, changes::add);
    private final AddressOfRecord aor = new AddressOfRecord(new TenantId("demo"), "100-abc");

    private static RegisterRequest register(String callId, long cseq, Integer expires, RegisterRequest.RequestedContact... contacts) {
        return new RegisterRequest(List.of(contacts), false, expires, callId, cseq, "udp:127.0.0.1:5070", "test");
    }

    private static RegisterRequest.RequestedContact contact(String uri) {
        return new RegisterRequest.RequestedContact(uri, null, null, null);
    }

    @Test
    void registersSeveralContactsAndListsThemAll() {
        locations.register(aor, register("a", 1, 600, contact("sip:100@10.0.0.1:5060")));
        RegisterOutcome second = locations.register(aor, register("b", 1, 600, contact("sip:100@10.0.0.2:5060")));
        assertThat(second).isInstanceOfSatisfying(RegisterOutcome.Accepted.class,
                a -> assertThat(a.bindings()).extracting(ContactBinding::uri).containsExactlyInAnyOrder("sip:100@10.0.0.1:5060", "sip:100@10.0.0.2:5060"));
        assertThat(changes).hasSize(2);
    }

    @Test
    void tooShortIsRefusedWithMinExpiresAndTooLongIsShortened() {
        assertThat(locations.register(aor, register("a", 1, 30, contact("sip:x@h"))))
                .isEqualTo(new RegisterOutcome.IntervalTooBrief(60));
        locations.register(aor, register("a", 2, 99999, contact("sip:x@h")));
        assertThat(locations.lookup(aor).getFirst().secondsLeft(clock.instant())).isEqualTo(3600);
    }

    @Test
    void expiresZeroAndWildcardRemove() {
        locations.register(aor, register("a", 1, 600, contact("sip:x@h"), contact("sip:y@h")));
        locations.register(aor, register("a", 2, 0, contact("sip:x@h")));
        assertThat(locations.lookup(aor)).extracting(ContactBinding::uri).containsExactly("sip:y@h");
        RegisterOutcome star = locations.register(aor, new RegisterRequest(List.of(), true, 0, "a", 3, "s", "t"));
        assertThat(star).isEqualTo(new RegisterOutcome.Accepted(List.of()));
        assertThat(locations.lookup(aor)).isEmpty();
        assertThat(locations.register(aor, new RegisterRequest(List.of(), true, 600, "a", 4, "s", "t")))
                .isInstanceOf(RegisterOutcome.Invalid.class);
    }

    @Test
    void olderCseqOnTheSameCallIdIsOutOfOrder() {
        locations.register(aor, register("a", 5, 600, contact("sip:x@h")));
        assertThat(locations.register(aor, register("a", 4, 600, contact("sip:x@h")))).isInstanceOf(RegisterOutcome.OutOfOrder.class);
        assertThat(locations.register(aor, register("b", 1, 600, contact("sip:x@h")))).isInstanceOf(RegisterOutcome.Accepted.class);
    }

    @Test
    void instanceAndRegIdIdentifyTheDeviceAcrossContactChanges() {
        String instance = "<urn:uuid:00000000-0000-1000-8000-000A95A0E128>";
        locations.register(aor, register("a", 1, 600, new RegisterRequest.RequestedContact("sip:x@10.0.0.1:5060", null, instance, 1)));
        locations.register(aor, register("b", 1, 600, new RegisterRequest.RequestedContact("sip:x@10.0.0.9:6000", null, instance, 1)));
        assertThat(locations.lookup(aor)).singleElement().satisfies(b -> {
            assertThat(b.uri()).isEqualTo("sip:x@10.0.0.9:6000");
            assertThat(b.instanceId()).isEqualTo(instance);
            assertThat(b.regId()).isEqualTo(1);
        });
    }

    @Test
    void bindingsExpireAndRestoreSkipsExpired() {
        locations.register(aor, register("a", 1, 60, contact("sip:x@h")));
        clock.advance(Duration.ofSeconds(61));
        assertThat(locations.lookup(aor)).isEmpty();
        assertThat(locations.expire()).containsExactly(aor);
        LocationService restarted = new LocationService(RegistrationPolicy.DEFAULT, clock, a -> { });
        restarted.restore(Map.of(aor, List.of(new ContactBinding("sip:old@h", clock.instant().minusSeconds(1), null, null, "c", 1, "s", "t"),
                new ContactBinding("sip:new@h", clock.instant().plusSeconds(100), null, null, "c", 2, "s", "t"))));
        assertThat(restarted.lookup(aor)).extracting(ContactBinding::uri).containsExactly("sip:new@h");
    }

    @Test
    void queryWithoutContactsChangesNothing() {
        locations.register(aor, register("a", 1, 600, contact("sip:x@h")));
        changes.clear();
        assertThat(locations.register(aor, register("a", 2, null))).isInstanceOfSatisfying(RegisterOutcome.Accepted.class,
                a -> assertThat(a.bindings()).hasSize(1));
        assertThat(changes).isEmpty();
    }

    @Test
    void overTheContactLimitTheOldestOtherBindingGivesWayNotTheNewOne() {
        LocationService small = new LocationService(new RegistrationPolicy(60, 3600, 3600, 2), clock, a -> { });
        small.register(aor, register("a", 1, 600, contact("sip:x@h1")));
        small.register(aor, register("b", 1, 3600, contact("sip:x@h2")));
        RegisterOutcome third = small.register(aor, register("c", 1, 120, contact("sip:x@h3")));
        assertThat(third).isInstanceOfSatisfying(RegisterOutcome.Accepted.class,
                ok -> assertThat(ok.bindings()).extracting(ContactBinding::uri).containsExactlyInAnyOrder("sip:x@h2", "sip:x@h3"));
    }
}
