package org.mastervoice.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the items, each with the cursor that continues after it (Relay edges), and whether
 * more follow.
 */
public record Page<T>(List<T> items, List<String> cursors, boolean hasNextPage) {

    public Page {
        items = List.copyOf(items);
        cursors = List.copyOf(cursors);
        if (items.size() != cursors.size()) {
            throw new IllegalArgumentException("one cursor per item");
        }
    }

    /** The cursor after the last item; null for an empty page. */
    public String endCursor() {
        return cursors.isEmpty() ? null : cursors.getLast();
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), cursors, hasNextPage);
    }
}
