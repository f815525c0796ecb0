package org.mastervoice.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the cursor to continue after its last item (null when there is nothing after it). */
public record Page<T>(List<T> items, String endCursor, boolean hasNextPage) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), endCursor, hasNextPage);
    }
}
