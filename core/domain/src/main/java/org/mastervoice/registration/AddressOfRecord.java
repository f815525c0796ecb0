package org.mastervoice.registration;

import java.util.Objects;
import org.mastervoice.tenant.TenantId;

/** {@code sip:<device username>@<tenant domain>}, keyed by tenant and device username. */
public record AddressOfRecord(TenantId tenant, String username) {

    public AddressOfRecord {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(username, "username");
    }
}
