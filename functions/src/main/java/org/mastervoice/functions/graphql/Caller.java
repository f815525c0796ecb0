package org.mastervoice.functions.graphql;

import java.util.Optional;
import java.util.function.Predicate;
import org.mastervoice.auth.AccessTokens;
import org.mastervoice.auth.Principal;
import org.mastervoice.common.UnauthenticatedException;

/**
 * Who sent a GraphQL request, from its Authorization header. The token is verified lazily, on the first
 * field that needs a principal, so public fields ({@code platform}, {@code login}) work without one.
 */
public final class Caller {

    private final String authorization;
    private final AccessTokens tokens;
    private final Predicate<Principal> live;
    private Principal verified;

    public Caller(String authorization, AccessTokens tokens, Predicate<Principal> live) {
        this.authorization = authorization;
        this.tokens = tokens;
        this.live = live;
    }

    /** The verified principal; its user and tenant must still be active with the same role (a token outlives changes). */
    public synchronized Principal principal() {
        if (verified == null) {
            String token = bearer().orElseThrow(() ->
                    new UnauthenticatedException("sign in first: send the header 'Authorization: Bearer <access token>'"));
            Principal principal = tokens.verify(token);
            if (!live.test(principal)) {
                throw new UnauthenticatedException("this account or its company is no longer active, or its role changed; sign in again");
            }
            verified = principal;
        }
        return verified;
    }

    private Optional<String> bearer() {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        String value = authorization.strip();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(value.substring(7).strip());
        }
        throw new UnauthenticatedException("the Authorization header must be 'Bearer <access token>'");
    }
}
