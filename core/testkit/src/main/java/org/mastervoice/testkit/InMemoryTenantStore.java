package org.mastervoice.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mastervoice.common.ConflictException;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStore;

/** {@link TenantStore} in a map; same uniqueness rules as the DynamoDB adapter. */
public final class InMemoryTenantStore implements TenantStore {

    private final Map<TenantId, Tenant> byId = new ConcurrentHashMap<>();
    private final Map<SipDomain, TenantId> byDomain = new ConcurrentHashMap<>();

    @Override
    public synchronized void create(Tenant tenant) {
        if (byId.containsKey(tenant.id())) {
            throw new ConflictException("id", "tenant id " + tenant.id() + " is taken");
        }
        if (byDomain.containsKey(tenant.sipDomain())) {
            throw new ConflictException("sipDomain", "SIP domain " + tenant.sipDomain() + " is used by another tenant");
        }
        byId.put(tenant.id(), tenant);
        byDomain.put(tenant.sipDomain(), tenant.id());
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Tenant> findBySipDomain(SipDomain domain) {
        return Optional.ofNullable(byDomain.get(domain)).map(byId::get);
    }
}
