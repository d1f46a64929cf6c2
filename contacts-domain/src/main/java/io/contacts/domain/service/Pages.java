package io.contacts.domain.service;

import io.contacts.domain.model.Page;
import io.contacts.domain.model.PageRequest;

import java.util.List;
import java.util.function.LongSupplier;

/** Makes a page of the rows a store gave for it, asked for one more than the page holds. */
final class Pages {

    private Pages() {
    }

    /** The most rows to ask a store for: the one beyond the page's size tells that more follow, and is dropped. */
    static int limit(PageRequest page) {
        return page.size() + 1;
    }

    /**
     * The page of {@code rows} (read with {@link #limit}). The whole list is counted by the store, unless the caller
     * carries the count or the page itself tells: a numbered page with nothing after it that is the first or holds
     * entries ends the list.
     */
    static <T> Page<T> of(List<T> rows, PageRequest page, LongSupplier count) {
        boolean hasMore = rows.size() > page.size();
        List<T> entries = hasMore ? rows.subList(0, page.size()) : rows;
        boolean endsTheList = !hasMore && page.lastId().isEmpty() && (page.number() == 1 || !entries.isEmpty());
        long total = page.total().isPresent() ? page.total().getAsLong()
                : endsTheList ? page.offset() + entries.size() : count.getAsLong();
        return new Page<>(entries, total, hasMore);
    }
}
