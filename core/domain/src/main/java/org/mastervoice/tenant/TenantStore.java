package org.mastervoice.tenant;

import java.util.Optional;

/** Where tenants live. Ids and SIP domains are unique across the platform. */
public interface TenantStore {

    /** @throws org.mastervoice.common.ConflictException when the id or the SIP domain is taken */
    void create(Tenant tenant);

    Optional<Tenant> find(TenantId id);

    Optional<Tenant> findBySipDomain(SipDomain domain);
}
