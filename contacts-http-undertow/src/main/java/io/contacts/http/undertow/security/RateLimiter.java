package io.contacts.http.undertow.security;

import io.contacts.domain.model.FixedWindows;
import io.contacts.domain.model.UserId;
import io.contacts.domain.port.in.CountRequestsUseCase;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.Throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Driving adapter guard: Harvest's throttle — per user, a fixed window (15 s by default) that opens with
 * the user's first request and admits a number of requests (100), one budget across v1 and v2; the next one is
 * refused (503 or 429 in v1, 429 in v2) with {@code Retry-After} until the window ends. Requests refused are not
 * counted. Switched off, it still counts, for {@code rate_limit_status}, but never refuses. Counted by the domain
 * ({@link CountRequestsUseCase}), where the failed sign-ins are counted too: one count for every node that shares
 * the store.
 */
public final class RateLimiter implements Throttle {

    private final boolean enabled;
    private final int maxCalls;
    private final Duration window;
    private final Clock clock;
    private final CountRequestsUseCase requests;

    /** Admits {@code maxCalls} per user and {@code window}, then refuses; or, not enabled, only counts. */
    public RateLimiter(boolean enabled, int maxCalls, Duration window, Clock clock, CountRequestsUseCase requests) {
        this.enabled = enabled;
        this.maxCalls = maxCalls;
        this.window = window;
        this.clock = clock;
        this.requests = requests;
    }

    /** Counts one request of the user, or refuses it when the user's window is full. */
    @Override
    public void acquire(UserId user, int refusedStatus) {
        FixedWindows.Counted counted = requests.countBelow(user, enabled ? maxCalls : Integer.MAX_VALUE, window);
        if (!counted.counted()) {
            throw HttpProblem.throttled(refusedStatus, counted.window().secondsLeftAt(clock.millis()), maxCalls,
                    window.toSeconds());
        }
    }

    public RateLimitStatus status(UserId user) {
        long now = clock.millis();
        Optional<FixedWindows.Window> last = requests.last(user);
        Optional<Instant> lastAccess = last.filter(window -> window.lastCountedAt() != 0)
                .map(window -> Instant.ofEpochMilli(window.lastCountedAt()));
        Optional<FixedWindows.Window> open = last.filter(window -> window.isOpenAt(now));
        int count = open.map(FixedWindows.Window::count).orElse(0);
        long lockout = open.isPresent() && enabled && count >= maxCalls
                ? open.get().secondsLeftAt(now) : 0;
        return new RateLimitStatus(lastAccess, count, window.toSeconds(), maxCalls, lockout);
    }
}
