package org.mastervoice.directory;

import static org.mastervoice.common.ValidationException.require;

/** A password a person chose or was given: at least {@value #MIN_LENGTH} characters, as the product promises. */
public record UserPassword(String value) {

    public static final int MIN_LENGTH = 12;

    public UserPassword {
        require(value != null && value.codePointCount(0, value.length()) >= MIN_LENGTH, "password",
                "password must be at least " + MIN_LENGTH + " characters");
        require(value.length() <= 256, "password", "password must be at most 256 characters");
    }

    @Override
    public String toString() {
        return "UserPassword[redacted]";
    }
}
