package org.mastervoice.aws;

import java.util.Optional;

/**
 * The DynamoDB tables of the platform (DESIGN.md section 4). Every table has string keys {@code PK}/{@code SK};
 * those with a secondary index name it {@code GSI1} over {@code GSI1PK}/{@code GSI1SK}.
 */
public enum PlatformTable {
    /** Tenants, users, extensions, devices, and uniqueness markers: single-table, a partition per tenant. */
    REGISTRY("registry", true, null),
    /** SIP registrations: AOR -> contacts, expiring through the TTL attribute. */
    LOCATIONS("locations", false, "expiresAt"),
    /** Call detail records, a partition per tenant and month; the index finds them by extension. */
    CDRS("cdrs", true, null);

    public static final String PARTITION_KEY = "PK";
    public static final String SORT_KEY = "SK";
    public static final String INDEX = "GSI1";
    public static final String INDEX_PARTITION_KEY = "GSI1PK";
    public static final String INDEX_SORT_KEY = "GSI1SK";

    private final String baseName;
    private final boolean indexed;
    private final String ttlAttribute;

    PlatformTable(String baseName, boolean indexed, String ttlAttribute) {
        this.baseName = baseName;
        this.indexed = indexed;
        this.ttlAttribute = ttlAttribute;
    }

    public String baseName() {
        return baseName;
    }

    public boolean indexed() {
        return indexed;
    }

    public Optional<String> ttlAttribute() {
        return Optional.ofNullable(ttlAttribute);
    }
}
