package org.mastervoice.directory;

/** Hashes user passwords with a slow, salted function (Argon2id in production). */
public interface PasswordHasher {

    PasswordHash hash(UserPassword password);

    boolean matches(String candidate, PasswordHash hash);
}
