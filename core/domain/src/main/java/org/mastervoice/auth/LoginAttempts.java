package org.mastervoice.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins of one login, and the rule that slows guessing down: after {@value #FREE_FAILURES} failures
 * each further attempt must wait twice as long as the previous (1 s, 2 s, 4 s...), and after
 * {@value #LOCK_AFTER} failures the login is locked for {@link #LOCK_TIME}. A success clears the count;
 * failures older than {@link #WINDOW} are forgotten.
 */
public record LoginAttempts(int failures, Instant lastFailure) {

    public static final int FREE_FAILURES = 3;
    public static final int LOCK_AFTER = 10;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);
    public static final Duration WINDOW = Duration.ofHours(1);

    public static LoginAttempts none() {
        return new LoginAttempts(0, Instant.EPOCH);
    }

    /** The failure count that still counts at {@code now}. */
    public LoginAttempts at(Instant now) {
        return failures > 0 && lastFailure.plus(WINDOW).isBefore(now) ? none() : this;
    }

    /** How long the caller must still wait before an attempt is even checked; empty = may try now. */
    public Optional<Duration> waitBeforeNextAttempt(Instant now) {
        LoginAttempts current = at(now);
        if (current.failures < FREE_FAILURES) {
            return Optional.empty();
        }
        Duration delay = current.failures >= LOCK_AFTER
                ? LOCK_TIME
                : Duration.ofSeconds(1L << Math.min(current.failures - FREE_FAILURES, 10));
        Duration left = Duration.between(now, current.lastFailure.plus(delay));
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    public LoginAttempts failed(Instant now) {
        return new LoginAttempts(at(now).failures + 1, now);
    }
}
