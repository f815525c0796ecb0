package org.mastervoice.directory;

import static org.mastervoice.common.ValidationException.require;

import java.util.Objects;
import org.mastervoice.tenant.TenantId;

/** A person who signs in. Platform admins belong to {@link TenantId#PLATFORM}, everyone else to a tenant. */
public record User(TenantId tenantId, UserId id, Login login, String displayName, Role role, Language language,
                   PasswordHash passwordHash) {

    public User {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(login, "login");
        require(displayName != null && !displayName.isBlank() && displayName.length() <= 100, "displayName",
                "display name must be 1-100 characters");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(passwordHash, "passwordHash");
        require((role == Role.PLATFORM_ADMIN) == tenantId.equals(TenantId.PLATFORM), "role",
                "only platform users can be platform admins, and platform users must be");
    }
}
