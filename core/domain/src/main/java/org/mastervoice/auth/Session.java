package org.mastervoice.auth;

import java.time.Instant;
import org.mastervoice.directory.User;

/** What a successful sign-in or refresh returns: a short-lived access token and a one-use refresh token. */
public record Session(String accessToken, Instant accessTokenExpiresAt, String refreshToken, User user) {
}
