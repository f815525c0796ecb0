package org.mastervoice.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.mastervoice.auth.Principal;
import org.mastervoice.common.UnauthenticatedException;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.UserId;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.testkit.MutableClock;

class JwtAccessTokensTest {

    private final byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final JwtAccessTokens tokens = new JwtAccessTokens(key, clock);
    private final Principal alice = new Principal(UserId.random(), new TenantId("acme"), Role.TENANT_ADMIN);

    @Test
    void roundTripsThePrincipal() {
        assertThat(tokens.verify(tokens.issue(alice))).isEqualTo(alice);
    }

    @Test
    void expiredTokenIsRejected() {
        String token = tokens.issue(alice);
        clock.advance(Duration.ofMinutes(15));
        assertThatThrownBy(() -> tokens.verify(token)).isInstanceOf(UnauthenticatedException.class).hasMessageContaining("expired");
    }

    @Test
    void tamperedPayloadIsRejected() {
        String[] parts = tokens.issue(alice).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("TENANT_ADMIN", "PLATFORM_ADMIN");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(UnauthenticatedException.class).hasMessageContaining("not valid");
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() {
        JwtAccessTokens other = new JwtAccessTokens("another-key-another-key-another-k".getBytes(StandardCharsets.US_ASCII), clock);
        assertThatThrownBy(() -> tokens.verify(other.issue(alice))).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void unsignedAndForeignAlgorithmTokensAreRejected() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("mastervoice").subject(alice.userId().value())
                .claim("tid", "acme").claim("role", "PLATFORM_ADMIN").expirationTime(Date.from(clock.instant().plusSeconds(60))).build();
        assertThatThrownBy(() -> tokens.verify(new PlainJWT(claims).serialize())).isInstanceOf(UnauthenticatedException.class);
        SignedJWT hs512 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims);
        hs512.sign(new MACSigner(new byte[64]));
        assertThatThrownBy(() -> tokens.verify(hs512.serialize())).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> tokens.verify("garbage")).isInstanceOf(UnauthenticatedException.class);
    }
}
