package io.contacts.http.undertow;

import java.time.Duration;
import java.util.Objects;

/**
 * Driving adapter setting: how many API requests one user may make per window, and the status a request
 * over the limit gets (503 as Harvest v1 answered, or 429).
 */
public record RateLimit(boolean enabled, int maxCalls, Duration window, int throttledStatus) {

    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (maxCalls < 1) {
            throw new IllegalArgumentException("maxCalls must be at least 1: " + maxCalls);
        }
        if (window.isNegative() || window.toMillis() < 1_000) {
            throw new IllegalArgumentException("window must be at least one second: " + window);
        }
        if (throttledStatus != 503 && throttledStatus != 429) {
            throw new IllegalArgumentException("throttledStatus must be 503 or 429: " + throttledStatus);
        }
    }

    /** No throttling; requests are still counted, so that {@code /account/rate_limit_status} has something to say. */
    public static RateLimit off() {
        return new RateLimit(false, 100, Duration.ofSeconds(15), 503);
    }

    /** Harvest v1: 100 requests per 15 seconds per user, then 503 with {@code Retry-After}. */
    public static RateLimit harvestDefault() {
        return perWindow(100, Duration.ofSeconds(15));
    }

    public static RateLimit perWindow(int maxCalls, Duration window) {
        return new RateLimit(true, maxCalls, window, 503);
    }

    /** The same limit, answering 429 Too Many Requests instead of 503 when exceeded. */
    public RateLimit with429() {
        return new RateLimit(enabled, maxCalls, window, 429);
    }
}
