package org.mastervoice.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mastervoice.auth.LoginAttemptStore;
import org.mastervoice.auth.LoginAttempts;
import org.mastervoice.directory.Login;

/** {@link LoginAttemptStore} in a map. */
public final class InMemoryLoginAttemptStore implements LoginAttemptStore {

    private final Map<Login, LoginAttempts> attempts = new ConcurrentHashMap<>();

    @Override
    public LoginAttempts find(Login login) {
        return attempts.getOrDefault(login, LoginAttempts.none());
    }

    @Override
    public LoginAttempts reserve(Login login, Instant now) {
        LoginAttempts[] before = new LoginAttempts[1];
        attempts.compute(login, (k, v) -> {
            before[0] = (v == null ? LoginAttempts.none() : v).at(now);
            return before[0].failed(now);
        });
        return before[0];
    }

    @Override
    public void save(Login login, LoginAttempts value) {
        attempts.put(login, value);
    }

    @Override
    public void clear(Login login) {
        attempts.remove(login);
    }
}
