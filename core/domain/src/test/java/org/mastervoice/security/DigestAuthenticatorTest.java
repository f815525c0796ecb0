package org.mastervoice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mastervoice.support.MovableClock;

class DigestAuthenticatorTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final DigestAuthenticator digest =
            new DigestAuthenticator("k".repeat(32).getBytes(StandardCharsets.US_ASCII), Duration.ofMinutes(5), clock);
    private final DigestHa1 ha1 = DigestHa1.of("100-abc", "demo.localhost", "Secret-Secret-1");

    private DigestAuthenticator.Credentials answer(String nonce, String algorithm, String password) {
        String hash = "SHA-256".equals(algorithm) ? "SHA-256" : "MD5";
        String a1 = DigestAuthenticator.hex(hash, "100-abc:demo.localhost:" + password);
        String a2 = DigestAuthenticator.hex(hash, "REGISTER:sip:demo.localhost");
        String response = DigestAuthenticator.hex(hash, a1 + ":" + nonce + ":00000001:c0ffee:auth:" + a2);
        return new DigestAuthenticator.Credentials("100-abc", "demo.localhost", nonce, "sip:demo.localhost", response, algorithm,
                "auth", "00000001", "c0ffee");
    }

    @Test
    void acceptsTheRightPasswordWithMd5AndSha256() {
        assertThat(digest.verify(answer(digest.newNonce("demo.localhost"), null, "Secret-Secret-1"), "REGISTER", ha1, "demo.localhost"))
                .isEqualTo(DigestAuthenticator.Verdict.VALID);
        clock.advance(Duration.ofMillis(1));
        assertThat(digest.verify(answer(digest.newNonce("demo.localhost"), "SHA-256", "Secret-Secret-1"), "REGISTER", ha1, "demo.localhost"))
                .isEqualTo(DigestAuthenticator.Verdict.VALID);
    }

    @Test
    void rejectsWrongPasswordForeignNonceAndOtherRealm() {
        String nonce = digest.newNonce("demo.localhost");
        assertThat(digest.verify(answer(nonce, null, "wrong"), "REGISTER", ha1, "demo.localhost")).isEqualTo(DigestAuthenticator.Verdict.INVALID);
        String foreign = new DigestAuthenticator(new byte[32], Duration.ofMinutes(5), clock).newNonce("demo.localhost");
        assertThat(digest.verify(answer(foreign, null, "Secret-Secret-1"), "REGISTER", ha1, "demo.localhost")).isEqualTo(DigestAuthenticator.Verdict.INVALID);
        String otherRealm = digest.newNonce("acme.example");
        assertThat(digest.verify(answer(otherRealm, null, "Secret-Secret-1"), "REGISTER", ha1, "demo.localhost"))
                .as("a nonce issued for another tenant's realm").isEqualTo(DigestAuthenticator.Verdict.INVALID);
    }

    @Test
    void oldNonceWithRightAnswerIsStaleButWithWrongAnswerIsInvalid() {
        String nonce = digest.newNonce("demo.localhost");
        clock.advance(Duration.ofMinutes(6));
        assertThat(digest.verify(answer(nonce, null, "Secret-Secret-1"), "REGISTER", ha1, "demo.localhost")).isEqualTo(DigestAuthenticator.Verdict.STALE);
        assertThat(digest.verify(answer(nonce, null, "guess"), "REGISTER", ha1, "demo.localhost")).isEqualTo(DigestAuthenticator.Verdict.INVALID);
    }

    @Test
    void matchesRfc2617Example() {
        // RFC 2617 section 3.5, with our nonce format replaced by the RFC's: only the response arithmetic is checked here
        String a1 = DigestAuthenticator.hex("MD5", "Mufasa:testrealm@host.com:Circle Of Life");
        String a2 = DigestAuthenticator.hex("MD5", "GET:/dir/index.html");
        assertThat(DigestAuthenticator.hex("MD5", a1 + ":dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:" + a2))
                .isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void aCapturedResponseCannotBeReplayedButTheNextCountIsAccepted() {
        String nonce = digest.newNonce("demo.localhost");
        DigestAuthenticator.Credentials first = answer(nonce, null, "Secret-Secret-1");
        assertThat(digest.verify(first, "REGISTER", ha1, "demo.localhost")).isEqualTo(DigestAuthenticator.Verdict.VALID);
        assertThat(digest.verify(first, "REGISTER", ha1, "demo.localhost")).as("the same nc again").isEqualTo(DigestAuthenticator.Verdict.STALE);
        String a1 = DigestAuthenticator.hex("MD5", "100-abc:demo.localhost:Secret-Secret-1");
        String a2 = DigestAuthenticator.hex("MD5", "REGISTER:sip:demo.localhost");
        DigestAuthenticator.Credentials second = new DigestAuthenticator.Credentials("100-abc", "demo.localhost", nonce, "sip:demo.localhost",
                DigestAuthenticator.hex("MD5", a1 + ":" + nonce + ":00000002:c0ffee:auth:" + a2), null, "auth", "00000002", "c0ffee");
        assertThat(digest.verify(second, "REGISTER", ha1, "demo.localhost")).isEqualTo(DigestAuthenticator.Verdict.VALID);
    }
}
