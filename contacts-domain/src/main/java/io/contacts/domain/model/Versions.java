package io.contacts.domain.model;

import java.time.Instant;
import java.util.Objects;

/** Invariants of the stored entities' life cycle: versions count from 1, updates never precede creation. */
public final class Versions {

    /** The version of a row just created. */
    public static final long FIRST = 1;

    private Versions() {
    }

    static void requireTimeline(Instant createdAt, Instant updatedAt, long version) {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt " + updatedAt + " precedes createdAt " + createdAt);
        }
        if (version < FIRST) {
            throw new IllegalArgumentException("version must be at least " + FIRST + ": " + version);
        }
    }
}
