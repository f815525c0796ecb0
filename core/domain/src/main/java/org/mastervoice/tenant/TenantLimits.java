package org.mastervoice.tenant;

import static org.mastervoice.common.ValidationException.require;

/** What a provider sells a tenant: how many extensions and simultaneous calls. */
public record TenantLimits(int maxExtensions, int maxConcurrentCalls) {

    public TenantLimits {
        require(maxExtensions >= 1, "limits.maxExtensions", "max extensions must be at least 1");
        require(maxConcurrentCalls >= 1, "limits.maxConcurrentCalls", "max concurrent calls must be at least 1");
    }
}
