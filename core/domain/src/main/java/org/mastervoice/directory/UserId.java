package org.mastervoice.directory;

import static org.mastervoice.common.ValidationException.require;

import java.util.UUID;

/** A user's opaque, stable key. */
public record UserId(String value) {

    public UserId {
        require(value != null && value.matches("[A-Za-z0-9-]{1,64}"), "userId", "user id '" + value + "' is malformed");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
