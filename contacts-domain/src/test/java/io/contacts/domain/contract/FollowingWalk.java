package io.contacts.domain.contract;

import io.contacts.domain.model.PageRequest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Test support: reads a newest-first list to its end, each page following the one before, while between two pages two
 * newer rows are added, a row not yet seen is deleted and so is one already seen — changes that make numbered pages
 * (offsets) repeat rows, and that they would not cancel out.
 */
final class FollowingWalk {

    private final List<Long> seen = new ArrayList<>();
    private final Set<Long> deleted = new LinkedHashSet<>();

    private FollowingWalk() {
    }

    /**
     * @param existing the ids of the list's rows before the walk, newest first
     * @param page     reads the ids of one page of the list
     * @param addNewer adds a row to the list
     * @param delete   deletes the row of an id
     */
    static FollowingWalk walk(List<Long> existing, int size, Function<PageRequest, List<Long>> page,
                              Runnable addNewer, LongConsumer delete) {
        FollowingWalk walk = new FollowingWalk();
        List<Long> ids = page.apply(PageRequest.first(size));
        while (!ids.isEmpty()) {
            walk.seen.addAll(ids);
            long lastId = ids.get(ids.size() - 1);
            addNewer.run();
            addNewer.run();
            walk.deleteFirst(existing.stream().filter(id -> id < lastId).toList(), delete);
            walk.deleteFirst(walk.seen, delete);
            ids = page.apply(PageRequest.following(lastId, size));
        }
        return walk;
    }

    /** Every id the pages gave, in the order they gave them. */
    List<Long> seen() {
        return seen;
    }

    /** The rows of {@code existing} that were there for the whole walk. */
    List<Long> stayed(List<Long> existing) {
        return existing.stream().filter(id -> !deleted.contains(id)).toList();
    }

    private void deleteFirst(List<Long> candidates, LongConsumer delete) {
        candidates.stream().filter(id -> !deleted.contains(id)).findFirst().ifPresent(id -> {
            delete.accept(id);
            deleted.add(id);
        });
    }
}
