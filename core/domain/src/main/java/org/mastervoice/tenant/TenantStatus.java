package org.mastervoice.tenant;

/** A suspended tenant keeps its data but its devices get 403 and its users cannot sign in. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
