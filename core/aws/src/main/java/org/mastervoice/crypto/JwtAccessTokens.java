package org.mastervoice.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.mastervoice.auth.AccessTokens;
import org.mastervoice.auth.Principal;
import org.mastervoice.common.UnauthenticatedException;
import org.mastervoice.common.ValidationException;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.UserId;
import org.mastervoice.tenant.TenantId;

/**
 * Access tokens as HS256-signed JWTs (RFC 7519) carrying user, tenant and role. Verification accepts only
 * HS256 with our key and issuer, and an unexpired token by the injected clock; anything else is
 * "unauthenticated" without saying which check failed.
 */
public final class JwtAccessTokens implements AccessTokens {

    static final String ISSUER = "mastervoice";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;

    public JwtAccessTokens(byte[] key, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the JWT key needs at least 256 bits");
        }
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable JWT key: " + e.getMessage(), e);
        }
        this.clock = clock;
    }

    @Override
    public String issue(Principal principal) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(principal.userId().value())
                .claim("tid", principal.tenantId().value())
                .claim("role", principal.role().name())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public Principal verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                throw invalid();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || expires == null) {
                throw invalid();
            }
            if (!expires.toInstant().isAfter(clock.instant())) {
                throw new UnauthenticatedException("access token expired; refresh it or sign in again");
            }
            return new Principal(new UserId(claims.getSubject()), new TenantId(claims.getStringClaim("tid")),
                    Role.valueOf(claims.getStringClaim("role")));
        } catch (ParseException | JOSEException | ValidationException | IllegalArgumentException | NullPointerException e) {
            throw invalid();
        }
    }

    private static UnauthenticatedException invalid() {
        return new UnauthenticatedException("access token is not valid; sign in again");
    }
}
