package io.contacts.http.undertow.security;

import io.contacts.domain.model.UserId;
import io.contacts.http.undertow.RateLimit;
import io.contacts.http.undertow.web.HttpProblem;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Driving adapter guard: Harvest v1's throttle — per user, a fixed window (15 s by default) that opens with
 * the user's first request and admits a number of requests (100); the next one gets 503 (or 429) with
 * {@code Retry-After} until the window ends. Requests refused are not counted. Switched off, it still counts,
 * for {@code rate_limit_status}, but never refuses.
 */
public final class RateLimiter {

    /** Past this many users, windows that have ended are swept out before another is added. */
    private static final int SWEEP_ABOVE = 10_000;

    private final RateLimit limit;
    private final Clock clock;
    private final long windowMillis;
    private final Map<UserId, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(RateLimit limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
        this.windowMillis = limit.window().toMillis();
    }

    /** Counts one request of the user, or refuses it when the user's window is full. */
    public void acquire(UserId user) {
        long now = clock.millis();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(window -> window.endsAt(windowMillis) <= now);
        }
        boolean[] refused = {false};
        Window window = windows.compute(user, (id, current) -> {
            Window open = current == null ? new Window(now, 0, 0)
                    : current.endsAt(windowMillis) <= now ? new Window(now, 0, current.lastAccess()) : current;
            refused[0] = limit.enabled() && open.count() >= limit.maxCalls();
            return refused[0] ? open : new Window(open.start(), open.count() + 1, now);
        });
        if (refused[0]) {
            refuse(window, now);
        }
    }

    public RateLimitStatus status(UserId user) {
        long now = clock.millis();
        Window window = windows.get(user);
        Optional<Instant> lastAccess = window == null || window.lastAccess() == 0 ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(window.lastAccess()));
        boolean open = window != null && window.endsAt(windowMillis) > now;
        int count = open ? window.count() : 0;
        long lockout = open && limit.enabled() && count >= limit.maxCalls() ? secondsLeft(window, now) : 0;
        return new RateLimitStatus(lastAccess, count, limit.window().toSeconds(), limit.maxCalls(), lockout);
    }

    private void refuse(Window window, long now) {
        throw HttpProblem.throttled(limit.throttledStatus(), secondsLeft(window, now), limit.maxCalls(),
                limit.window().toSeconds());
    }

    /** Whole seconds until the window ends, rounded up so that a client waiting that long is admitted. */
    private long secondsLeft(Window window, long now) {
        long millis = window.endsAt(windowMillis) - now;
        return Math.max(1, (millis + 999) / 1000);
    }

    /** One user's current window: when it opened, requests admitted, and when the last one was. */
    private record Window(long start, int count, long lastAccess) {
        long endsAt(long length) {
            return start + length;
        }
    }
}
