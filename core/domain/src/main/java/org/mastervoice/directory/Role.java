package org.mastervoice.directory;

/** What a user may do; the API checks it on every call. */
public enum Role {
    /** Runs the installation: creates tenants, unbans addresses. */
    PLATFORM_ADMIN,
    /** A company's IT manager: everything inside the tenant. */
    TENANT_ADMIN,
    /** Switchboard: live panel, transfers, the address book. */
    OPERATOR,
    /** Call-centre agent. */
    AGENT,
    /** An employee: own extension, own calls. */
    USER
}
