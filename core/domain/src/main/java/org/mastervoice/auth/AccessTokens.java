package org.mastervoice.auth;

import java.time.Duration;

/** Signs and verifies short-lived access tokens (JWT in production). */
public interface AccessTokens {

    Duration LIFETIME = Duration.ofMinutes(15);

    String issue(Principal principal);

    /** @throws org.mastervoice.common.UnauthenticatedException when expired, tampered or signed by another key */
    Principal verify(String token);
}
