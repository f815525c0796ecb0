package org.mastervoice.security;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Generates passwords and usernames from alphabets that every SIP client and sipp CSV can carry: no
 * {@code ; " [ ] \}, no spaces, and no look-alikes (0/O, 1/l/I) so a person can type them from a screen.
 */
public final class SecretGenerator {

    static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.!*+=";
    static final String NAME_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    public static final int DEVICE_SECRET_LENGTH = 24;

    private final RandomGenerator random;

    public SecretGenerator(RandomGenerator random) {
        this.random = random;
    }

    public static SecretGenerator secure() {
        return new SecretGenerator(new SecureRandom());
    }

    /** A password with at least two kinds of characters, so it passes the user-password rule. */
    public String password(int length) {
        if (length < 12) {
            throw new IllegalArgumentException("generated passwords have at least 12 characters");
        }
        String password;
        do {
            password = draw(PASSWORD_ALPHABET, length);
        } while (kinds(password) < 3);
        return password;
    }

    private static int kinds(String s) {
        return (s.chars().anyMatch(Character::isLowerCase) ? 1 : 0) + (s.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (s.chars().anyMatch(Character::isDigit) ? 1 : 0) + (s.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
    }

    /** A device's SIP secret: {@value #DEVICE_SECRET_LENGTH} random characters, shown once, stored only as HA1. */
    public String deviceSecret() {
        return password(DEVICE_SECRET_LENGTH);
    }

    /** A SIP username such as {@code 100-k3v9qa}: the extension number keeps it readable, the suffix unguessable. */
    public String sipUsername(String extensionNumber) {
        return extensionNumber + "-" + draw(NAME_ALPHABET, 6);
    }

    private String draw(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
