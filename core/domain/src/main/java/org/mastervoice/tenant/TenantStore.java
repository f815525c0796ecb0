package org.mastervoice.tenant;

import java.util.Optional;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;

/** Where tenants live. Ids and SIP domains are unique across the platform. */
public interface TenantStore {

    /** @throws org.mastervoice.common.ConflictException when the id or the SIP domain is taken */
    void create(Tenant tenant);

    Optional<Tenant> find(TenantId id);

    Optional<Tenant> findBySipDomain(SipDomain domain);

    /** Replaces name, status, range and limits; the SIP domain is fixed at creation. */
    void update(Tenant tenant);

    /** Removes the tenant and its domain claim; its other items are removed by the caller first. */
    void delete(TenantId id);

    Page<Tenant> list(PageRequest page);
}
