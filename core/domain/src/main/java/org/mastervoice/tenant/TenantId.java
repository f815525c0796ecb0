package org.mastervoice.tenant;

import static org.mastervoice.common.ValidationException.require;

/** A tenant's stable key: 2-32 lower-case letters, digits and dashes. "platform" is kept for platform admins. */
public record TenantId(String value) {

    /** The pseudo-tenant that owns platform-wide items such as platform admins. */
    public static final TenantId PLATFORM = new TenantId("platform");

    public TenantId {
        require(value != null && value.matches("[a-z0-9][a-z0-9-]{1,31}"), "tenantId",
                "tenant id '" + value + "' must be 2-32 lower-case letters, digits or dashes");
    }

    /** A tenant id a customer may take (not the reserved platform id). */
    public static TenantId ofCustomer(String value) {
        TenantId id = new TenantId(value);
        require(!id.equals(PLATFORM), "tenantId", "tenant id 'platform' is reserved");
        return id;
    }

    @Override
    public String toString() {
        return value;
    }
}
