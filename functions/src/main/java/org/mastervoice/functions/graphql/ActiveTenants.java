package org.mastervoice.functions.graphql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStore;

/**
 * Whether a token's tenant still exists and is active, so suspending or deleting a tenant stops its tokens
 * within {@link #FRESHNESS} instead of at their expiry. Answers are cached per process (and per warm Lambda)
 * for that long, so most requests cost no registry read.
 */
public final class ActiveTenants implements Predicate<TenantId> {

    static final Duration FRESHNESS = Duration.ofSeconds(5);

    private record Answer(boolean active, Instant until) {
    }

    private final TenantStore tenants;
    private final Clock clock;
    private final Map<TenantId, Answer> cache = new ConcurrentHashMap<>();

    public ActiveTenants(TenantStore tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public boolean test(TenantId id) {
        Instant now = clock.instant();
        Answer cached = cache.get(id);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.active();
        }
        boolean active = tenants.find(id).map(Tenant::isActive).orElse(false);
        cache.put(id, new Answer(active, now.plus(FRESHNESS)));
        return active;
    }

    /** Forgets a tenant's answer at once: this process just changed it. */
    public void forget(TenantId id) {
        cache.remove(id);
    }
}
