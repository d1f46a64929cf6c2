package io.contacts.http.undertow.web;

import java.util.HashMap;
import java.util.Map;

/**
 * Driving adapter guard: a budget for long lists. A list too long to hold in memory streams while its rows are read,
 * holding a worker and a database connection for as long as its client takes to read it — a client that does not
 * read holds them until the write timeout — so only so many stream at once, in all and per user, and the pool
 * always keeps connections for everything else. A list that finds no place is refused before its first byte
 * leaves (503 with {@code Retry-After}); shorter answers are sent from memory and need none.
 */
public final class StreamBudget {

    /** A guess, not a promise: streams end when their clients finish reading or the write timeout cuts them. */
    static final long RETRY_AFTER_SECONDS = 5;

    private final int all;
    private final int perUser;
    /** Guarded by itself, as is {@link #running}: a place is taken once per long list, far less often than requests. */
    private final Map<Long, Integer> byUser = new HashMap<>();
    private int running;

    public StreamBudget(int all, int perUser) {
        this.all = all;
        this.perUser = perUser;
    }

    /**
     * A place for one stream, to be closed when it ends, however it ends.
     *
     * @param user the caller's id, or {@code null} on a route without one (counted in all only)
     * @throws HttpProblem 503 when the user, or the service, streams as many lists as allowed
     */
    public Place acquire(Long user) {
        synchronized (byUser) {
            if (running >= all || user != null && byUser.getOrDefault(user, 0) >= perUser) {
                throw HttpProblem.unavailable("Too many long lists are being sent at once; retry in "
                        + RETRY_AFTER_SECONDS + " seconds", RETRY_AFTER_SECONDS);
            }
            running++;
            if (user != null) {
                byUser.merge(user, 1, Integer::sum);
            }
        }
        return new Place(this, user);
    }

    private void release(Long user) {
        synchronized (byUser) {
            running--;
            if (user != null) {
                byUser.computeIfPresent(user, (id, held) -> held <= 1 ? null : held - 1);
            }
        }
    }

    /** One stream's place in the budget; closing it (once or more) gives the place back. */
    public static final class Place implements AutoCloseable {
        private final StreamBudget budget;
        private final Long user;
        private boolean closed;

        private Place(StreamBudget budget, Long user) {
            this.budget = budget;
            this.user = user;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                budget.release(user);
            }
        }
    }
}
