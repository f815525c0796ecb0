package org.mastervoice.functions.graphql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.mastervoice.auth.Principal;
import org.mastervoice.directory.UserId;
import org.mastervoice.directory.UserStore;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStore;

/**
 * Whether a token still speaks for someone: its tenant exists and is active, and its user exists with the
 * role the token claims. So suspending a tenant, deleting a user or changing a role takes effect within
 * {@link #FRESHNESS} instead of at the token's expiry. Answers are cached per process (and per warm Lambda)
 * for that long, so most requests cost no registry read.
 */
public final class ActiveTenants implements Predicate<Principal> {

    static final Duration FRESHNESS = Duration.ofSeconds(5);

    private record Answer(boolean active, Instant until) {
    }

    private final TenantStore tenants;
    private final UserStore users;
    private final Clock clock;
    private final Map<Object, Answer> cache = new ConcurrentHashMap<>();

    public ActiveTenants(TenantStore tenants, UserStore users, Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public boolean test(Principal p) {
        boolean tenantOk = p.isPlatformAdmin()
                || cached(p.tenantId(), () -> tenants.find(p.tenantId()).map(Tenant::isActive).orElse(false));
        return tenantOk && cached(p, () -> users.find(p.tenantId(), p.userId()).map(u -> u.role() == p.role()).orElse(false));
    }

    private boolean cached(Object key, BooleanSupplier load) {
        Instant now = clock.instant();
        Answer answer = cache.get(key);
        if (answer != null && answer.until().isAfter(now)) {
            return answer.active();
        }
        boolean active = load.getAsBoolean();
        cache.put(key, new Answer(active, now.plus(FRESHNESS)));
        return active;
    }

    /** Forgets what is known of a user at once: this process just changed or deleted them. */
    public void forget(UserId user) {
        cache.keySet().removeIf(key -> key instanceof Principal p && p.userId().equals(user));
    }

    /** Forgets a tenant's answer at once: this process just changed it. */
    public void forget(TenantId id) {
        cache.remove(id);
    }
}
