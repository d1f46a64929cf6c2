package io.contacts.domain.memory;

import io.contacts.domain.model.PageRequest;

import java.util.List;
import java.util.NavigableMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Reads a newest-first page of an in-memory table, as a database reads its primary key backwards. */
final class InMemoryPages {

    private InMemoryPages() {
    }

    /** Call it holding the database's lock: the rows {@code matching}, by descending id, at most {@code limit}. */
    static <T> List<T> newestFirst(NavigableMap<Long, T> table, Predicate<T> matching, PageRequest page, int limit) {
        NavigableMap<Long, T> below = page.lastId().isPresent()
                ? table.headMap(page.lastId().getAsLong(), false)
                : table;
        return below.descendingMap().values().stream()
                .filter(matching)
                .skip(page.offset())
                .limit(limit)
                .collect(Collectors.toList());
    }
}
