package org.inductionrecords.core;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list; {@code nextToken} is absent on the last page. */
public record Page<T>(List<T> items, Optional<String> nextToken) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextToken);
    }
}
