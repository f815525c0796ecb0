package org.mastervoice.functions.graphql;

import java.util.Optional;
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

    public Caller(String authorization, AccessTokens tokens) {
        this.authorization = authorization;
        this.tokens = tokens;
    }

    public static Caller anonymous(AccessTokens tokens) {
        return new Caller(null, tokens);
    }

    public Principal principal() {
        String token = bearer().orElseThrow(() ->
                new UnauthenticatedException("sign in first: send the header 'Authorization: Bearer <access token>'"));
        return tokens.verify(token);
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
