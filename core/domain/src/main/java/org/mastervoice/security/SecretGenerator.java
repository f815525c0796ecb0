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

    private final RandomGenerator random;

    public SecretGenerator(RandomGenerator random) {
        this.random = random;
    }

    public static SecretGenerator secure() {
        return new SecretGenerator(new SecureRandom());
    }

    public String password(int length) {
        if (length < 12) {
            throw new IllegalArgumentException("generated passwords have at least 12 characters");
        }
        return draw(PASSWORD_ALPHABET, length);
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
