package org.mastervoice.media.registrar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mastervoice.registration.AddressOfRecord;
import org.mastervoice.registration.ContactBinding;
import org.mastervoice.registration.LocationService;
import org.mastervoice.registration.LocationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies changed registrations to the {@link LocationStore} in the background, coalesced: each address of
 * record is written at most once per flush, and a refresh that only moves the expiry is written only when
 * the stored expiry would fall behind by more than half the registration's lifetime. A failed write is
 * retried at the next flush; SIP never waits for any of it.
 */
public final class LocationPersister implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocationPersister.class);

    /** What the store holds for an address of record: its contacts with their sources, and the latest expiry. */
    private record Persisted(Set<String> contacts, Instant lastExpiry) {
    }

    static final Duration SWEEP_EVERY = Duration.ofSeconds(5);

    private final LocationStore store;
    private Instant nextSweep = Instant.EPOCH;
    private final Clock clock;
    private final Duration interval;
    private final Set<AddressOfRecord> dirty = ConcurrentHashMap.newKeySet();
    private final Map<AddressOfRecord, Persisted> persisted = new ConcurrentHashMap<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile LocationService locations;
    private Thread worker;

    public LocationPersister(LocationStore store, Clock clock, Duration interval) {
        this.store = store;
        this.clock = clock;
        this.interval = interval;
    }

    /** The change listener to give the {@link LocationService}. */
    public void changed(AddressOfRecord aor) {
        dirty.add(aor);
    }

    /** Restores the service from the store and starts flushing. */
    public void start(LocationService service) {
        this.locations = service;
        Map<AddressOfRecord, List<ContactBinding>> stored = store.loadAll();
        service.restore(stored);
        stored.forEach((aor, list) -> persisted.put(aor, summary(list)));
        worker = Thread.ofVirtual().name("location-persister").start(this::run);
    }

    private void run() {
        try {
            while (!stop.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what changed since the last flush; every few seconds also drops expired bindings. */
    public void flush() {
        Instant started = clock.instant();
        if (!started.isBefore(nextSweep)) {
            // the sweep walks every address of record: often enough for housekeeping, not every flush
            dirty.addAll(locations.expire());
            nextSweep = started.plus(SWEEP_EVERY);
        }
        for (AddressOfRecord aor : List.copyOf(dirty)) {
            dirty.remove(aor);
            List<ContactBinding> current = locations.lookup(aor);
            Persisted now = summary(current);
            if (!worthWriting(persisted.get(aor), now, current)) {
                continue;
            }
            try {
                store.save(aor, current);
                persisted.put(aor, now);
            } catch (RuntimeException e) {
                dirty.add(aor);
                LOG.warn("could not persist the registrations of {}@{}: {}", aor.username(), aor.tenant(), e.toString());
            }
        }
    }

    private boolean worthWriting(Persisted before, Persisted now, List<ContactBinding> current) {
        if (before == null || !before.contacts().equals(now.contacts()) || current.isEmpty()) {
            return before != null || !current.isEmpty();
        }
        long lifetime = Duration.between(clock.instant(), now.lastExpiry()).toSeconds();
        long behind = Duration.between(before.lastExpiry(), now.lastExpiry()).toSeconds();
        return behind > lifetime / 2;
    }

    private static Persisted summary(List<ContactBinding> list) {
        // the source counts: a phone whose NAT port changed must be found at the new one after a restart
        return new Persisted(Set.copyOf(list.stream().map(b -> b.uri() + " " + b.source()).toList()),
                list.stream().map(ContactBinding::expiresAt).max(Instant::compareTo).orElse(Instant.EPOCH));
    }

    @Override
    public void close() {
        stop.countDown();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            flush();
        }
    }
}
