package io.contacts.http.undertow.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Driving adapter setting: how much of a request body is read (413 past it) and how much of that is held in memory
 * ({@code inMemory}; the rest goes to a temporary file in {@code spool}), and how fast it must arrive — whole within
 * {@code deadline}, and at {@code minRate} bytes per second on average once {@code grace} has passed (408 past
 * either, and the connection closed).
 */
public record BodyLimits(int maxBytes, int inMemory, Path spool, Duration deadline, int minRate, Duration grace) {

    /** What an oversized body may be read on past its limit at most, however large the limit. */
    private static final long MAX_DRAIN_BYTES = 8L * 1024 * 1024;

    public BodyLimits {
        Objects.requireNonNull(spool, "spool");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(grace, "grace");
        if (maxBytes < 1 || inMemory < 1 || inMemory > maxBytes || deadline.isNegative() || deadline.isZero()
                || minRate < 0 || grace.isNegative()) {
            throw new IllegalArgumentException("body limits must be positive: " + maxBytes + " bytes (" + inMemory
                    + " in memory), " + deadline + ", " + minRate + " bytes/s after " + grace);
        }
    }

    /** Bodies held whole in memory. */
    public static BodyLimits inMemory(int maxBytes, Duration deadline, int minRate, Duration grace) {
        return new BodyLimits(maxBytes, maxBytes, Path.of(System.getProperty("java.io.tmpdir")), deadline, minRate,
                grace);
    }

    /** Bodies of another size, at the same pace, past {@code inMemory} in a temporary file in {@code spool}. */
    public BodyLimits spooled(int maxBytes, int inMemory, Path spool, Duration deadline) {
        return new BodyLimits(maxBytes, inMemory, spool, deadline, minRate, grace);
    }

    /**
     * How much of an oversized body is still read and thrown away, so that its client can read the 413: a multiple
     * of a small limit, a few MiB past a large one.
     */
    long drainLimit() {
        return maxBytes + Math.min((long) maxBytes * (RequestBodies.DRAIN_FACTOR - 1), MAX_DRAIN_BYTES);
    }
}
