package org.mastervoice.auth;

import java.util.Optional;

/** Issued refresh tokens. Each is used once: {@link #consume} removes it atomically. */
public interface RefreshTokenStore {

    void save(RefreshToken token);

    /** Removes and returns the token with this hash; empty when unknown, already used or revoked. */
    Optional<RefreshToken> consume(String hash);
}
