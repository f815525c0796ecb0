package org.mastervoice.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque list cursors bound to the tenant they were issued for: a cursor from another tenant's list is
 * refused instead of being used as a position, so cursors can never become a way across tenants.
 */
public final class Cursors {

    private static final char SEPARATOR = '\n';

    private Cursors() {
    }

    public static String encode(String scope, String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((scope + SEPARATOR + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position inside {@code scope}, or a validation error on {@code after}. */
    public static String decode(String scope, String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("after", "after is not a cursor of this API");
        }
        int cut = text.indexOf(SEPARATOR);
        if (cut < 0 || !text.substring(0, cut).equals(scope)) {
            throw new ValidationException("after", "after is a cursor of another list");
        }
        return text.substring(cut + 1);
    }
}
