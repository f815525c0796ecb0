package org.mastervoice.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SIP digest authentication (RFC 3261 section 22, RFC 2617, RFC 8760 for SHA-256) with stateless nonces: a nonce
 * is its issue time plus an HMAC over time and realm, so any node with the key can check it, none keeps state,
 * and an expired one is recognised as stale (answer 401 with {@code stale=true}, never a fresh 401 loop).
 */
public final class DigestAuthenticator {

    /** What a response check concluded. */
    public enum Verdict { VALID, STALE, INVALID }

    /** The client's Authorization/Proxy-Authorization parameters. */
    public record Credentials(String username, String realm, String nonce, String uri, String response, String algorithm,
                              String qop, String nc, String cnonce) {
    }

    private final byte[] key;
    private final Duration nonceLifetime;
    private final Clock clock;

    public DigestAuthenticator(byte[] key, Duration nonceLifetime, Clock clock) {
        this.key = key.clone();
        this.nonceLifetime = nonceLifetime;
        this.clock = clock;
    }

    public String newNonce(String realm) {
        long now = clock.millis();
        byte[] mac = mac(now, realm);
        ByteBuffer b = ByteBuffer.allocate(8 + 16).putLong(now).put(mac, 0, 16);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    /**
     * Checks a response against the stored HA1 of the claimed user. The nonce must be ours for this realm;
     * an authentic but old nonce is STALE only if the response itself is right, so a stale answer never
     * helps someone guessing passwords.
     */
    public Verdict verify(Credentials c, String method, DigestHa1 ha1, String realm) {
        if (c.nonce() == null || c.response() == null || c.uri() == null || !realm.equalsIgnoreCase(c.realm() == null ? "" : c.realm())) {
            return Verdict.INVALID;
        }
        Long issued = issuedAt(c.nonce(), realm);
        if (issued == null) {
            return Verdict.INVALID;
        }
        String algorithm = c.algorithm() == null ? "MD5" : c.algorithm().toUpperCase(Locale.ROOT);
        String hashName;
        String storedHa1;
        switch (algorithm) {
            case "MD5" -> {
                hashName = "MD5";
                storedHa1 = ha1.md5();
            }
            case "SHA-256" -> {
                hashName = "SHA-256";
                storedHa1 = ha1.sha256();
            }
            default -> {
                return Verdict.INVALID;
            }
        }
        String ha2 = hex(hashName, method + ":" + c.uri());
        String expected;
        if (c.qop() == null) {
            expected = hex(hashName, storedHa1 + ":" + c.nonce() + ":" + ha2);
        } else if ("auth".equalsIgnoreCase(c.qop()) && c.nc() != null && c.cnonce() != null) {
            expected = hex(hashName, storedHa1 + ":" + c.nonce() + ":" + c.nc() + ":" + c.cnonce() + ":auth:" + ha2);
        } else {
            return Verdict.INVALID;
        }
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                c.response().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        return clock.millis() - issued > nonceLifetime.toMillis() ? Verdict.STALE : Verdict.VALID;
    }

    private Long issuedAt(String nonce, String realm) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (raw.length != 24) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(raw);
        long issued = b.getLong();
        byte[] given = new byte[16];
        b.get(given);
        byte[] mac = mac(issued, realm);
        byte[] expected = new byte[16];
        System.arraycopy(mac, 0, expected, 0, 16);
        return MessageDigest.isEqual(given, expected) && issued <= clock.millis() + 60_000 ? issued : null;
    }

    private byte[] mac(long time, String realm) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(ByteBuffer.allocate(8).putLong(time).array());
            mac.update(realm.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(String algorithm, String input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
