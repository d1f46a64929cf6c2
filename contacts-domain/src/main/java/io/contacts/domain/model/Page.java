package io.contacts.domain.model;

import java.util.List;

/**
 * Value: one page of a list — its entries, how many entries the whole list has (counted when the page was read, so
 * only as exact as the list is still), and whether entries follow this page's last.
 *
 * @param <T> the type of an entry
 */
public record Page<T>(List<T> entries, long totalEntries, boolean hasMore) {

    public Page {
        entries = List.copyOf(entries);
        if (totalEntries < 0) {
            throw new IllegalArgumentException("A list has no fewer than 0 entries, not " + totalEntries);
        }
    }
}
