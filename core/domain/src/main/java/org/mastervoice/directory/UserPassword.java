package org.mastervoice.directory;

import static org.mastervoice.common.ValidationException.require;

/** A password a person chose or was given: at least {@value #MIN_LENGTH} characters, as the product promises. */
public record UserPassword(String value) {

    public static final int MIN_LENGTH = 12;

    public UserPassword {
        require(value != null && value.codePointCount(0, value.length()) >= MIN_LENGTH, "password",
                "password must be at least " + MIN_LENGTH + " characters");
        require(value.length() <= 256, "password", "password must be at most 256 characters");
        require(characterClasses(value) >= 2, "password",
                "password must mix at least two kinds of characters (lower case, upper case, digits, symbols)");
    }

    static int characterClasses(String value) {
        boolean lower = value.chars().anyMatch(Character::isLowerCase);
        boolean upper = value.chars().anyMatch(Character::isUpperCase);
        boolean digit = value.chars().anyMatch(Character::isDigit);
        boolean other = value.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    @Override
    public String toString() {
        return "UserPassword[redacted]";
    }
}
