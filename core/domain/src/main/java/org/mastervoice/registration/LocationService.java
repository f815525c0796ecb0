package org.mastervoice.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The live registrations, in memory. Applies REGISTER requests by RFC 3261 section 10.3 steps 6-8 (and keeps
 * RFC 5626 instance/reg-id), answers look-ups without any I/O, and tells a listener which address of record
 * changed so it can be persisted in the background.
 */
public final class LocationService {

    private final Map<AddressOfRecord, List<ContactBinding>> bindings = new ConcurrentHashMap<>();
    private final RegistrationPolicy policy;
    private final Clock clock;
    private final Consumer<AddressOfRecord> changed;

    public LocationService(RegistrationPolicy policy, Clock clock, Consumer<AddressOfRecord> changed) {
        this.policy = policy;
        this.clock = clock;
        this.changed = changed;
    }

    /** Loads bindings (e.g. from the store at start-up), dropping the expired ones. */
    public void restore(Map<AddressOfRecord, List<ContactBinding>> stored) {
        Instant now = clock.instant();
        stored.forEach((aor, list) -> {
            List<ContactBinding> live = list.stream().filter(b -> b.expiresAt().isAfter(now)).toList();
            if (!live.isEmpty()) {
                bindings.put(aor, live);
            }
        });
    }

    public RegisterOutcome register(AddressOfRecord aor, RegisterRequest request) {
        Instant now = clock.instant();
        RegisterOutcome[] outcome = new RegisterOutcome[1];
        bindings.compute(aor, (key, current) -> {
            List<ContactBinding> list = live(current, now);
            outcome[0] = apply(list, request, now);
            return list.isEmpty() ? null : list;
        });
        if (outcome[0] instanceof RegisterOutcome.Accepted && (!request.contacts().isEmpty() || request.wildcard())) {
            changed.accept(aor);
        }
        return outcome[0];
    }

    /** Removes every binding of an address of record (its device was deleted or re-keyed). */
    public void unregisterAll(AddressOfRecord aor) {
        if (bindings.remove(aor) != null) {
            changed.accept(aor);
        }
    }

    /** The live contacts of an address of record, soonest-expiring last. */
    public List<ContactBinding> lookup(AddressOfRecord aor) {
        return live(bindings.get(aor), clock.instant());
    }

    /** Every address of record with live contacts (for persistence and diagnostics). */
    public Map<AddressOfRecord, List<ContactBinding>> snapshot() {
        Instant now = clock.instant();
        Map<AddressOfRecord, List<ContactBinding>> copy = new ConcurrentHashMap<>();
        bindings.forEach((aor, list) -> {
            List<ContactBinding> live = live(list, now);
            if (!live.isEmpty()) {
                copy.put(aor, live);
            }
        });
        return copy;
    }

    /** Drops expired bindings; returns the addresses of record that lost some. */
    public List<AddressOfRecord> expire() {
        Instant now = clock.instant();
        List<AddressOfRecord> touched = new ArrayList<>();
        for (AddressOfRecord aor : List.copyOf(bindings.keySet())) {
            bindings.computeIfPresent(aor, (key, list) -> {
                List<ContactBinding> live = live(list, now);
                if (live.size() != list.size()) {
                    touched.add(aor);
                }
                return live.isEmpty() ? null : live;
            });
        }
        return touched;
    }

    private RegisterOutcome apply(List<ContactBinding> list, RegisterRequest request, Instant now) {
        if (request.wildcard()) {
            if (!request.contacts().isEmpty() || request.expires() == null || request.expires() != 0) {
                return new RegisterOutcome.Invalid("Contact: * needs Expires: 0 and no other contact");
            }
            for (ContactBinding b : list) {
                if (b.callId().equals(request.callId()) && request.cseq() <= b.cseq()) {
                    return new RegisterOutcome.OutOfOrder("CSeq " + request.cseq() + " is not newer than " + b.cseq());
                }
            }
            list.clear();
            return new RegisterOutcome.Accepted(List.of());
        }
        // check every contact before changing anything: a REGISTER applies entirely or not at all
        for (RegisterRequest.RequestedContact c : request.contacts()) {
            int expires = expiresOf(c, request);
            if (expires > 0 && expires < policy.minExpires()) {
                return new RegisterOutcome.IntervalTooBrief(policy.minExpires());
            }
            for (ContactBinding b : list) {
                if (b.sameAs(c) && b.callId().equals(request.callId()) && request.cseq() <= b.cseq()) {
                    return new RegisterOutcome.OutOfOrder("CSeq " + request.cseq() + " is not newer than " + b.cseq());
                }
            }
        }
        for (RegisterRequest.RequestedContact c : request.contacts()) {
            int expires = Math.min(expiresOf(c, request), policy.maxExpires());
            list.removeIf(b -> b.sameAs(c));
            if (expires > 0) {
                list.add(new ContactBinding(c.uri(), now.plusSeconds(expires), c.instanceId(), c.regId(), request.callId(),
                        request.cseq(), request.source(), request.userAgent()));
            }
        }
        while (list.size() > policy.maxContacts()) {
            // the registration expiring soonest gives way (never one this REGISTER just made), so a phone that
            // re-registers with a new port is not locked out and the 200 lists what really stays
            ContactBinding evict = null;
            for (ContactBinding b : list) {
                boolean justMade = request.contacts().stream().anyMatch(b::sameAs) && b.callId().equals(request.callId());
                if (!justMade && (evict == null || b.expiresAt().isBefore(evict.expiresAt()))) {
                    evict = b;
                }
            }
            if (evict == null) {
                break;
            }
            list.remove(evict);
        }
        return new RegisterOutcome.Accepted(List.copyOf(list));
    }

    private int expiresOf(RegisterRequest.RequestedContact c, RegisterRequest request) {
        if (c.expires() != null) {
            return c.expires();
        }
        return request.expires() != null ? request.expires() : policy.defaultExpires();
    }

    private static List<ContactBinding> live(List<ContactBinding> list, Instant now) {
        List<ContactBinding> live = new ArrayList<>();
        if (list != null) {
            for (ContactBinding b : list) {
                if (b.expiresAt().isAfter(now)) {
                    live.add(b);
                }
            }
        }
        return live;
    }
}
