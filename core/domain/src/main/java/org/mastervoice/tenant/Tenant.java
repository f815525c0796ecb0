package org.mastervoice.tenant;

import static org.mastervoice.common.ValidationException.require;

import java.time.Instant;
import java.util.Objects;

/** A company on the platform. */
public record Tenant(TenantId id, String name, SipDomain sipDomain, TenantStatus status, NumberRange extensionRange,
                     TenantLimits limits, Instant createdAt) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        require(name != null && !name.isBlank() && name.length() <= 100, "name", "tenant name must be 1-100 characters");
        Objects.requireNonNull(sipDomain, "sipDomain");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(extensionRange, "extensionRange");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(createdAt, "createdAt");
        require(!id.equals(TenantId.PLATFORM), "id", "tenant id 'platform' is reserved");
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
