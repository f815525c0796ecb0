package org.mastervoice.tenant;

import static org.mastervoice.common.ValidationException.require;

import java.util.Locale;

/**
 * The SIP domain that selects a tenant in every request (Request-URI, To, From) and serves as its digest realm.
 * Stored lower case: DNS names compare case-insensitively (RFC 3261 section 19.1.4).
 */
public record SipDomain(String value) {

    private static final String LABEL = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";

    public SipDomain {
        require(value != null, "sipDomain", "SIP domain is required");
        value = value.strip().toLowerCase(Locale.ROOT);
        require(value.length() <= 253 && value.matches(LABEL + "(\\." + LABEL + ")+"), "sipDomain",
                "SIP domain '" + value + "' must be a DNS name with at least two labels, e.g. acme.example.com");
    }

    @Override
    public String toString() {
        return value;
    }
}
