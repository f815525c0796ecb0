package org.mastervoice.common;

import static org.mastervoice.common.ValidationException.require;

/**
 * A Relay-style page request: up to {@code first} items after the opaque {@code after} cursor (null = start).
 * Pages are capped at {@value #MAX_PAGE_SIZE} so one query cannot pull a whole tenant.
 */
public record PageRequest(int first, String after) {

    public static final int MAX_PAGE_SIZE = 100;

    public PageRequest {
        require(first >= 1 && first <= MAX_PAGE_SIZE, "first", "first must be between 1 and " + MAX_PAGE_SIZE + ", was " + first);
        require(after == null || (after.length() <= 512 && after.matches("[A-Za-z0-9_-]+")), "after", "after is not a cursor of this API");
    }

    public static PageRequest first(int n) {
        return new PageRequest(n, null);
    }
}
