package org.mastervoice.directory;

import static org.mastervoice.common.ValidationException.require;

import java.util.Objects;
import org.mastervoice.security.DigestHa1;
import org.mastervoice.tenant.TenantId;

/**
 * A phone, softphone or browser that registers as {@code sip:<username>@<tenant domain>} and rings for its
 * extension. Only the digest hashes of its secret are kept (like Kamailio's ha1/ha1b), so the store never
 * holds a usable SIP password; changing the tenant's domain (the realm) therefore needs new device secrets.
 */
public record Device(TenantId tenantId, String username, String extensionNumber, String label, DigestHa1 ha1) {

    public Device {
        Objects.requireNonNull(tenantId, "tenantId");
        require(username != null && username.matches("[a-z0-9][a-z0-9._-]{2,63}"), "username",
                "SIP username '" + username + "' must be 3-64 lower-case letters, digits, dots, dashes or underscores");
        require(extensionNumber != null && extensionNumber.matches("[1-9][0-9]{1,7}"), "extensionNumber",
                "extension number '" + extensionNumber + "' is malformed");
        require(label != null && !label.isBlank() && label.length() <= 50, "label", "device label must be 1-50 characters");
        Objects.requireNonNull(ha1, "ha1");
    }
}
