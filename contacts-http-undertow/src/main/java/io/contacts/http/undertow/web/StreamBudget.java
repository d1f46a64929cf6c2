package io.contacts.http.undertow.web;

import java.util.HashMap;
import java.util.Map;

/**
 * Driving adapter guard: a budget of places for long transfers, in all and per user, so that one user cannot take
 * them all. A list too long to hold in memory streams while its rows are read, holding a worker and a database
 * connection for as long as its client takes to read it — a client that does not read holds them until the write
 * timeout — so only so many stream at once, and the pool always keeps connections for everything else; a list that
 * finds no place is refused before its first byte leaves (503 with {@code Retry-After}), and shorter answers are
 * sent from memory and need none. A file past its share of memory takes a place as it goes on into a temporary
 * file ({@link #forFiles}), so that the disk it takes is bounded too.
 */
public final class StreamBudget {

    /** A guess, not a promise: streams end when their clients finish reading or the write timeout cuts them. */
    static final long RETRY_AFTER_SECONDS = 5;

    private final int all;
    private final int perUser;
    /** What there are too many of, in the refusal: "long lists are being sent". */
    private final String transfers;
    /** Guarded by itself, as is {@link #running}: a place is taken once per long list, far less often than requests. */
    private final Map<Long, Integer> byUser = new HashMap<>();
    private int running;

    /** Places for long lists. */
    public StreamBudget(int all, int perUser) {
        this(all, perUser, "long lists are being sent");
    }

    private StreamBudget(int all, int perUser, String transfers) {
        this.all = all;
        this.perUser = perUser;
        this.transfers = transfers;
    }

    /** Places for files arriving past their share of memory. */
    public static StreamBudget forFiles(int all, int perUser) {
        return new StreamBudget(all, perUser, "files are arriving");
    }

    /**
     * A place for one stream, to be closed when it ends, however it ends.
     *
     * @param user the caller's id, or {@code null} on a route without one (counted in all only)
     * @throws HttpProblem 503 when the user, or the service, holds as many places as allowed
     */
    public Place acquire(Long user) {
        synchronized (byUser) {
            if (running >= all || user != null && byUser.getOrDefault(user, 0) >= perUser) {
                throw HttpProblem.unavailable("Too many " + transfers + " at once; retry in " + RETRY_AFTER_SECONDS
                        + " seconds", RETRY_AFTER_SECONDS);
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

    /** One transfer's place in the budget; closing it (once or more) gives the place back. */
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
