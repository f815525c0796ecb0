package org.mastervoice.auth;

import org.mastervoice.directory.Login;

/** Failed sign-in counts per login (also for logins that do not exist, so probing reveals nothing). */
public interface LoginAttemptStore {

    LoginAttempts find(Login login);

    void save(Login login, LoginAttempts attempts);

    void clear(Login login);
}
