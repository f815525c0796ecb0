package org.mastervoice.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mastervoice.common.ConflictException;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStore;

/** {@link TenantStore} in a map; same uniqueness rules as the DynamoDB adapter. */
public final class InMemoryTenantStore implements TenantStore {

    private final TenantMap<Tenant> tenants = new TenantMap<>("tenants");
    private final Map<SipDomain, TenantId> byDomain = new ConcurrentHashMap<>();

    @Override
    public synchronized void create(Tenant tenant) {
        if (tenants.find(TenantId.PLATFORM, tenant.id().value()).isPresent()) {
            throw new ConflictException("id", "tenant id " + tenant.id() + " is taken");
        }
        if (byDomain.containsKey(tenant.sipDomain())) {
            throw new ConflictException("sipDomain", "SIP domain " + tenant.sipDomain() + " is used by another tenant");
        }
        tenants.create(TenantId.PLATFORM, tenant.id().value(), tenant, "id", "tenant id " + tenant.id() + " is taken");
        byDomain.put(tenant.sipDomain(), tenant.id());
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return tenants.find(TenantId.PLATFORM, id.value());
    }

    @Override
    public Optional<Tenant> findBySipDomain(SipDomain domain) {
        return Optional.ofNullable(byDomain.get(domain)).flatMap(this::find);
    }

    @Override
    public void update(Tenant tenant) {
        Tenant old = find(tenant.id()).orElseThrow(() -> new NotFoundException("id", "no tenant " + tenant.id()));
        tenants.update(TenantId.PLATFORM, tenant.id().value(),
                new Tenant(tenant.id(), tenant.name(), old.sipDomain(), tenant.status(), tenant.extensionRange(),
                        tenant.limits(), old.createdAt()), "id", "no tenant " + tenant.id());
    }

    @Override
    public synchronized void delete(TenantId id) {
        find(id).ifPresent(t -> byDomain.remove(t.sipDomain()));
        tenants.delete(TenantId.PLATFORM, id.value());
    }

    @Override
    public Page<Tenant> list(PageRequest page) {
        return tenants.page(TenantId.PLATFORM, page, t -> true);
    }
}
