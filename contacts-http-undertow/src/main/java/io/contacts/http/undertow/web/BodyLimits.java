package io.contacts.http.undertow.web;

import java.time.Duration;
import java.util.Objects;

/**
 * Driving adapter setting: how much of a request body is read (413 past it), and how fast it must arrive — whole
 * within {@code deadline}, and at {@code minRate} bytes per second on average once {@code grace} has passed (408
 * past either, and the connection closed) — and how many bytes of bodies arriving together may be held at once
 * ({@code memory}; 503 past it).
 */
public record BodyLimits(int maxBytes, Duration deadline, int minRate, Duration grace, long memory) {

    public BodyLimits {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(grace, "grace");
        if (maxBytes < 1 || deadline.isNegative() || deadline.isZero() || minRate < 0 || grace.isNegative()
                || memory < maxBytes) {
            throw new IllegalArgumentException("body limits must be positive: " + maxBytes + " bytes, " + deadline
                    + ", " + minRate + " bytes/s after " + grace);
        }
    }

    /** How much of an oversized body is still read and thrown away, so that its client can read the 413. */
    long drainLimit() {
        return (long) maxBytes * RequestBodies.DRAIN_FACTOR;
    }
}
