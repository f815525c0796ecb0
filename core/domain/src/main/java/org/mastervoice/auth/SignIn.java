package org.mastervoice.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.mastervoice.common.UnauthenticatedException;
import org.mastervoice.common.ValidationException;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.PasswordHash;
import org.mastervoice.directory.PasswordHasher;
import org.mastervoice.directory.User;
import org.mastervoice.directory.UserPassword;
import org.mastervoice.directory.UserStore;
import org.mastervoice.security.SecretGenerator;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStore;

/**
 * Sign-in, token refresh, sign-out and password change. Wrong login and wrong password give the same
 * answer; repeated failures slow the login down and then lock it ({@link LoginAttempts}). Refresh tokens are
 * random, stored hashed, and rotate on every use, so a stolen one works at most once.
 */
public final class SignIn {

    public static final Duration REFRESH_LIFETIME = Duration.ofDays(30);
    private static final String BAD_CREDENTIALS = "wrong login or password";
    /** Verified when the login is unknown, so both paths cost one Argon2 run and timing reveals nothing. */
    private final PasswordHash decoy;

    private final UserStore users;
    private final TenantStore tenants;
    private final PasswordHasher hasher;
    private final LoginAttemptStore attempts;
    private final AccessTokens accessTokens;
    private final RefreshTokenStore refreshTokens;
    private final SecretGenerator secrets;
    private final Clock clock;

    public SignIn(UserStore users, TenantStore tenants, PasswordHasher hasher, LoginAttemptStore attempts,
                  AccessTokens accessTokens, RefreshTokenStore refreshTokens, SecretGenerator secrets, Clock clock) {
        this.users = users;
        this.tenants = tenants;
        this.hasher = hasher;
        this.attempts = attempts;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.secrets = secrets;
        this.clock = clock;
        this.decoy = hasher.hash(new UserPassword(secrets.password(20)));
    }

    public Session login(String loginText, String password) {
        Login login;
        try {
            login = new Login(loginText);
        } catch (ValidationException e) {
            throw new UnauthenticatedException(BAD_CREDENTIALS);
        }
        Instant now = clock.instant();
        LoginAttempts before = attempts.reserve(login, now);
        Optional<Duration> wait = before.waitBeforeNextAttempt(now);
        if (wait.isPresent()) {
            throw new UnauthenticatedException("too many failed sign-ins for this login; try again in "
                    + Math.max(1, wait.get().toSeconds()) + " s", wait.get());
        }
        Optional<User> user = users.findByLogin(login);
        boolean ok = hasher.matches(password == null ? "" : password, user.map(User::passwordHash).orElse(decoy));
        if (!ok || user.isEmpty()) {
            // already counted by the reservation
            throw new UnauthenticatedException(BAD_CREDENTIALS);
        }
        requireActiveTenant(user.get().tenantId());
        attempts.clear(login);
        return open(user.get());
    }

    public Session refresh(String refreshToken) {
        RefreshToken stored = refreshTokens.consume(hash(refreshToken == null ? "" : refreshToken))
                .orElseThrow(() -> new UnauthenticatedException("refresh token is unknown, used or revoked; sign in again"));
        if (!stored.expiresAt().isAfter(clock.instant())) {
            throw new UnauthenticatedException("refresh token expired; sign in again");
        }
        User user = users.find(stored.tenantId(), stored.userId())
                .orElseThrow(() -> new UnauthenticatedException("the account no longer exists"));
        requireActiveTenant(user.tenantId());
        return open(user);
    }

    public void logout(String refreshToken) {
        refreshTokens.consume(hash(refreshToken == null ? "" : refreshToken));
    }

    public void changePassword(Principal principal, String current, String next) {
        User user = users.find(principal.tenantId(), principal.userId())
                .orElseThrow(() -> new UnauthenticatedException("the account no longer exists"));
        if (!hasher.matches(current == null ? "" : current, user.passwordHash())) {
            throw new ValidationException("currentPassword", "the current password is wrong");
        }
        UserPassword password;
        try {
            password = new UserPassword(next);
        } catch (ValidationException e) {
            throw new ValidationException("newPassword", e.getMessage());
        }
        ValidationException.require(!next.equals(current), "newPassword", "the new password must differ from the current one");
        users.update(user, new User(user.tenantId(), user.id(), user.login(), user.displayName(), user.role(),
                user.language(), hasher.hash(password)));
    }

    private void requireActiveTenant(TenantId tenantId) {
        if (!tenantId.equals(TenantId.PLATFORM)
                && !tenants.find(tenantId).map(Tenant::isActive).orElse(false)) {
            throw new UnauthenticatedException("this company's account is suspended");
        }
    }

    private Session open(User user) {
        Principal principal = new Principal(user.id(), user.tenantId(), user.role());
        String refresh = secrets.password(43);
        Instant now = clock.instant();
        refreshTokens.save(new RefreshToken(hash(refresh), user.id(), user.tenantId(), now.plus(REFRESH_LIFETIME)));
        return new Session(accessTokens.issue(principal), now.plus(AccessTokens.LIFETIME), refresh, user);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
