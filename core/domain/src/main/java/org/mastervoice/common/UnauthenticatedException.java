package org.mastervoice.common;

import java.time.Duration;
import java.util.Optional;

/** No valid identity: missing, expired or forged token, wrong password, or a locked sign-in. */
public final class UnauthenticatedException extends DomainException {

    private final transient Duration retryAfter;

    public UnauthenticatedException(String message) {
        this(message, null);
    }

    public UnauthenticatedException(String message, Duration retryAfter) {
        super(null, message);
        this.retryAfter = retryAfter;
    }

    /** When the caller may try again (a throttled or locked sign-in). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
