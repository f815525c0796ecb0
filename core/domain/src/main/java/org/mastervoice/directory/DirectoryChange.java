package org.mastervoice.directory;

import java.util.Objects;
import org.mastervoice.tenant.TenantId;

/**
 * Something the SIP nodes cache changed: they drop it from their caches at once instead of waiting for the
 * cache to expire, and with {@code dropRegistrations} also forget the device's registrations (a deleted
 * device, or one whose secret was reset, must stop receiving calls now).
 */
public record DirectoryChange(TenantId tenant, Kind kind, String key, boolean dropRegistrations) {

    /** What {@code key} names. */
    public enum Kind { TENANT, EXTENSION, DEVICE, SHORT_NUMBER }

    public DirectoryChange {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }
}
