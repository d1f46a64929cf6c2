package io.contacts.domain.model;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Value: which page of a newest-first list a caller wants — its size, and where it starts. A page that follows
 * another starts below that page's last (oldest) id: a range of the index, which costs the same wherever the page is
 * and neither skips nor repeats an entry when others are added or deleted between pages. A numbered page skips the
 * entries of the pages before it: what a caller that jumps to a page needs, at the cost of reading what it skips.
 *
 * @param size   the most entries a page holds, 1 to {@link #MAX_SIZE}
 * @param lastId for a page that follows another, the id of that page's last entry: this page holds smaller ids only
 * @param number the page's number, from 1; for a page that follows another, 0 when the caller does not know it. The
 *               entries of a page that follows another are chosen by {@code lastId} alone.
 * @param total  for a page that follows another, the list's count when the caller's walk through it began, if the
 *               caller carries it: then the list is not counted again, so that the page is one range of the index
 *               (counting a million entries reads them all). Entries added or deleted since are not in it.
 */
public record PageRequest(int size, OptionalLong lastId, int number, OptionalLong total) {

    /** The largest page: beyond this a caller should follow pages rather than hold one in memory. */
    public static final int MAX_SIZE = 100_000;

    public PageRequest {
        Objects.requireNonNull(lastId, "lastId");
        Objects.requireNonNull(total, "total");
        if (total.isPresent() && (lastId.isEmpty() || total.getAsLong() < 0)) {
            throw new IllegalArgumentException("A count is carried only from page to page, and is never negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_SIZE + " entries, not " + size);
        }
        if (lastId.isPresent() && lastId.getAsLong() < 1) {
            throw new IllegalArgumentException("An id is positive, not " + lastId.getAsLong());
        }
        if (number < (lastId.isPresent() ? 0 : 1)) {
            throw new IllegalArgumentException("Pages are numbered from 1, not " + number);
        }
    }

    /** The first page: the newest entries. */
    public static PageRequest first(int size) {
        return new PageRequest(size, OptionalLong.empty(), 1, OptionalLong.empty());
    }

    /** The page after a page whose last, oldest entry had id {@code lastId}: the entries with smaller ids. */
    public static PageRequest following(long lastId, int size) {
        return new PageRequest(size, OptionalLong.of(lastId), 0, OptionalLong.empty());
    }

    /** As {@link #following(long, int)}, in a list that counted {@code total} entries when the walk began. */
    public static PageRequest following(long lastId, int size, long total) {
        return new PageRequest(size, OptionalLong.of(lastId), 0, OptionalLong.of(total));
    }

    /** Page {@code number} (from 1): after the {@code (number - 1) * size} newest entries. */
    public static PageRequest numbered(int number, int size) {
        return new PageRequest(size, OptionalLong.empty(), number, OptionalLong.empty());
    }

    /** How many of the newest entries this page skips: none for a page that follows another. */
    public long offset() {
        return lastId.isPresent() ? 0 : (long) (number - 1) * size;
    }
}
