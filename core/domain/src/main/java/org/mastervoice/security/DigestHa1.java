package org.mastervoice.security;

import static org.mastervoice.common.ValidationException.require;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HA1 = H(username:realm:password) for MD5 and SHA-256 (RFC 8760), the only thing a registrar needs to check
 * a digest response. Keeping both lets a tenant switch algorithms without new secrets.
 */
public record DigestHa1(String md5, String sha256) {

    public DigestHa1 {
        require(md5 != null && md5.matches("[0-9a-f]{32}"), "ha1.md5", "MD5 HA1 must be 32 hex digits");
        require(sha256 != null && sha256.matches("[0-9a-f]{64}"), "ha1.sha256", "SHA-256 HA1 must be 64 hex digits");
    }

    public static DigestHa1 of(String username, String realm, String password) {
        String input = username + ":" + realm + ":" + password;
        return new DigestHa1(hex("MD5", input), hex("SHA-256", input));
    }

    static String hex(String algorithm, String input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }
}
