package org.mastervoice.directory;

import static org.mastervoice.common.ValidationException.require;

/** A password hash in PHC string format ($argon2id$v=19$m=...,t=...,p=...$salt$hash); never the password. */
public record PasswordHash(String encoded) {

    public PasswordHash {
        require(encoded != null && encoded.startsWith("$"), "passwordHash", "password hash must be a PHC string");
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
