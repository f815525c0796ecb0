package org.mastervoice.dialplan;

import static org.mastervoice.common.ValidationException.require;

import java.util.Objects;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;

/** A short code everyone in the tenant can dial instead of a long number, e.g. 9001 -> +390212345678. */
public record ShortNumber(TenantId tenantId, String code, String number, String label) {

    public ShortNumber {
        Objects.requireNonNull(tenantId, "tenantId");
        require(code != null && code.matches("[0-9]{2,6}"), "code", "short code '" + code + "' must be 2-6 digits");
        require(number != null, "number", "number is required");
        number = number.replaceAll("[\\s().-]", "");
        require(number.matches("\\+?[0-9]{2,20}"), "number", "number '" + number + "' must be 2-20 digits, optionally with a leading +");
        require(label != null && !label.isBlank() && label.strip().length() <= 50, "label", "label must be 1-50 characters");
        label = label.strip();
    }

    /** A short number of {@code tenant}: its code must not be dialable as an extension too. */
    public static ShortNumber of(Tenant tenant, String code, String number, String label) {
        require(!tenant.extensionRange().contains(code), "code", "short code " + code
                + " lies inside the extension range " + tenant.extensionRange() + " and would hide an extension");
        return new ShortNumber(tenant.id(), code, number, label);
    }
}
