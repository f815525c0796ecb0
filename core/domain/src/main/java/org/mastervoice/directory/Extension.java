package org.mastervoice.directory;

import static org.mastervoice.common.ValidationException.require;

import java.util.Objects;
import java.util.Optional;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;

/**
 * A number people dial inside a tenant; it rings every device attached to it (multi-presence).
 * The owner is optional: a meeting-room phone has none.
 */
public record Extension(TenantId tenantId, String number, UserId owner, String callerIdName, String callerIdNumber,
                        String classOfService) {

    public Extension {
        Objects.requireNonNull(tenantId, "tenantId");
        require(number != null && number.matches("[1-9][0-9]{1,7}"), "number",
                "extension number '" + number + "' must be 2-8 digits not starting with 0");
        require(callerIdName != null && !callerIdName.isBlank() && callerIdName.length() <= 50, "callerIdName",
                "caller-ID name must be 1-50 characters");
        require(callerIdNumber != null && callerIdNumber.matches("\\+?[0-9]{2,20}"), "callerIdNumber",
                "caller-ID number '" + callerIdNumber + "' must be 2-20 digits, optionally with a leading +");
        require(classOfService != null && classOfService.matches("[a-z0-9-]{1,32}"), "classOfService",
                "class of service '" + classOfService + "' must be 1-32 lower-case letters, digits or dashes");
    }

    /** A new extension of {@code tenant}, checked against its numbering plan. */
    public static Extension inPlanOf(Tenant tenant, String number, String callerIdName, String classOfService) {
        require(tenant.extensionRange().contains(number), "number", "extension number " + number
                + " is outside the tenant's range " + tenant.extensionRange());
        return new Extension(tenant.id(), number, null, callerIdName, number, classOfService);
    }

    public Optional<UserId> ownerId() {
        return Optional.ofNullable(owner);
    }
}
