package org.inductionrecords.users;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.inductionrecords.core.Page;

/** {@code {"items": [...], "nextToken": "..."}}, the token absent on the last page. */
record ListResponse<T>(List<T> items, Optional<String> nextToken) {

    static <S, T> ListResponse<T> of(Page<S> page, Function<S, T> view) {
        return new ListResponse<>(page.items().stream().map(view).toList(), page.nextToken());
    }
}
