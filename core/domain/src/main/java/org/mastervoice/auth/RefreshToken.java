package org.mastervoice.auth;

import java.time.Instant;
import java.util.Objects;
import org.mastervoice.directory.UserId;
import org.mastervoice.tenant.TenantId;

/** A stored refresh token: only its SHA-256 is kept, so a stolen table cannot be replayed. */
public record RefreshToken(String hash, UserId userId, TenantId tenantId, Instant expiresAt) {

    public RefreshToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
