package org.mastervoice.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SIP digest authentication (RFC 3261 section 22, RFC 2617, RFC 8760 for SHA-256) with stateless nonces: a nonce
 * is its issue time plus an HMAC over time and realm, so any node with the key can check it, none keeps state,
 * and an expired one is recognised as stale (answer 401 with {@code stale=true}, never a fresh 401 loop).
 * Against replay, each (nonce, nonce-count) is accepted once: a captured response sent again, or a response
 * without qop (no count) reused, is answered as stale, so only the holder of the password can go on.
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
    /** The highest nonce-count seen per nonce still alive; entries die with their nonce. */
    private final Map<String, Long> usedCounts = new ConcurrentHashMap<>();
    private final AtomicLong checks = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    public DigestAuthenticator(byte[] key, Duration nonceLifetime, Clock clock) {
        this.key = key.clone();
        this.nonceLifetime = nonceLifetime;
        this.clock = clock;
    }

    /** Issue time, a random salt (so nonces issued in the same millisecond differ), and the MAC over both and the realm. */
    public String newNonce(String realm) {
        long now = clock.millis();
        long salt = random.nextLong();
        byte[] mac = mac(now, salt, realm);
        ByteBuffer b = ByteBuffer.allocate(8 + 8 + 16).putLong(now).putLong(salt).put(mac, 0, 16);
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
        if (clock.millis() - issued > nonceLifetime.toMillis()) {
            return Verdict.STALE;
        }
        return firstUse(c.nonce(), c.nc(), issued) ? Verdict.VALID : Verdict.STALE;
    }

    /** True when this nonce-count is higher than any seen for the nonce (RFC 2617 section 3.2.2's replay rule). */
    private boolean firstUse(String nonce, String nc, long issued) {
        long count;
        try {
            count = nc == null ? 1 : Long.parseLong(nc, 16);
        } catch (NumberFormatException e) {
            return false;
        }
        if (checks.incrementAndGet() % 1024 == 0) {
            long oldest = clock.millis() - nonceLifetime.toMillis();
            usedCounts.keySet().removeIf(n -> timestampOf(n) < oldest);
        }
        boolean[] fresh = new boolean[1];
        usedCounts.compute(nonce, (k, seen) -> {
            fresh[0] = seen == null || count > seen;
            return fresh[0] ? count : seen;
        });
        return fresh[0];
    }

    private static long timestampOf(String nonce) {
        try {
            return ByteBuffer.wrap(Base64.getUrlDecoder().decode(nonce)).getLong();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private Long issuedAt(String nonce, String realm) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (raw.length != 32) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(raw);
        long issued = b.getLong();
        long salt = b.getLong();
        byte[] given = new byte[16];
        b.get(given);
        byte[] mac = mac(issued, salt, realm);
        byte[] expected = new byte[16];
        System.arraycopy(mac, 0, expected, 0, 16);
        return MessageDigest.isEqual(given, expected) && issued <= clock.millis() + 60_000 ? issued : null;
    }

    private byte[] mac(long time, long salt, String realm) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(ByteBuffer.allocate(16).putLong(time).putLong(salt).array());
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
