package org.mastervoice.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mastervoice.auth.RefreshToken;
import org.mastervoice.auth.RefreshTokenStore;

/** {@link RefreshTokenStore} in a map; consume is an atomic remove. */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {

    private final Map<String, RefreshToken> tokens = new ConcurrentHashMap<>();

    @Override
    public void save(RefreshToken token) {
        tokens.put(token.hash(), token);
    }

    @Override
    public Optional<RefreshToken> consume(String hash) {
        return Optional.ofNullable(tokens.remove(hash));
    }
}
