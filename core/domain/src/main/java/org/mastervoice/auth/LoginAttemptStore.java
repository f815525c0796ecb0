package org.mastervoice.auth;

import java.time.Instant;
import org.mastervoice.directory.Login;

/** Failed sign-ins per login (also for logins that do not exist, so probing reveals nothing). */
public interface LoginAttemptStore {

    LoginAttempts find(Login login);

    /**
     * Counts an attempt before its password is checked, atomically, and returns the state before it: so
     * parallel guesses cannot all read the same low count. A successful sign-in then {@link #clear}s it.
     */
    LoginAttempts reserve(Login login, Instant now);

    void save(Login login, LoginAttempts attempts);

    void clear(Login login);
}
