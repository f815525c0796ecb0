package org.mastervoice.auth;

import java.util.Objects;
import org.mastervoice.common.ForbiddenException;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.UserId;
import org.mastervoice.tenant.TenantId;

/**
 * Who is calling, as proven by a verified access token: never taken from request arguments. Every use case
 * takes one and scopes its reads and writes to {@link #tenantId()}.
 */
public record Principal(UserId userId, TenantId tenantId, Role role) {

    public Principal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(role, "role");
    }

    public boolean isPlatformAdmin() {
        return role == Role.PLATFORM_ADMIN;
    }

    /** Passes for the listed roles of a customer tenant; platform admins act on tenants, not inside them. */
    public TenantId requireTenantRole(String action, Role... allowed) {
        for (Role r : allowed) {
            if (r == role && !isPlatformAdmin()) {
                return tenantId;
            }
        }
        throw new ForbiddenException(null, "your role " + role + " may not " + action);
    }

    public void requirePlatformAdmin(String action) {
        if (!isPlatformAdmin()) {
            throw new ForbiddenException(null, "only platform admins may " + action);
        }
    }
}
