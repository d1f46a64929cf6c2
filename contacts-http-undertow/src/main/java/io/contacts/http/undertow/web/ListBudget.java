package io.contacts.http.undertow.web;

import java.util.HashMap;
import java.util.Map;

/**
 * Driving adapter guard: a budget for lists. A list holds a database connection and a worker for as long as it
 * reads rows — for a long one, as long as its client takes to read the answer — so only so many are read at once,
 * in all and per user, and the pool always keeps connections for everything else. A list that finds no place is
 * tried again a moment later ({@link ApiExchange#listPlace()}), and refused (503 with {@code Retry-After}) once it
 * has waited {@link #WAIT_MILLIS}, rather than left to starve short requests.
 */
public final class ListBudget {

    /**
     * Most lists take a few milliseconds, so a burst of them gets through one after another; a list waiting for a
     * place holds no worker, only a timer, so it may wait a while.
     */
    static final long WAIT_MILLIS = 1_000;
    /** A guess, not a promise: long lists end when their clients finish reading or the write timeout cuts them. */
    static final long RETRY_AFTER_SECONDS = 5;

    private final int all;
    private final int perUser;
    /** Guarded by itself, as is {@link #running}: places change hands far less often than requests come. */
    private final Map<Long, Integer> byUser = new HashMap<>();
    private int running;

    public ListBudget(int all, int perUser) {
        this.all = all;
        this.perUser = perUser;
    }

    /** A place for one list, to be closed once its answer is written or handed over; {@code null} when none is free. */
    Place tryAcquire(long user) {
        synchronized (byUser) {
            if (running >= all || byUser.getOrDefault(user, 0) >= perUser) {
                return null;
            }
            running++;
            byUser.merge(user, 1, Integer::sum);
        }
        return new Place(this, user);
    }

    private void release(long user) {
        synchronized (byUser) {
            running--;
            byUser.computeIfPresent(user, (id, held) -> held <= 1 ? null : held - 1);
        }
    }

    static HttpProblem refused() {
        return HttpProblem.unavailable("Too many lists are being read at once; retry in " + RETRY_AFTER_SECONDS
                + " seconds", RETRY_AFTER_SECONDS);
    }

    /** One list's place in the budget; closing it (once or more) gives the place back. */
    public static final class Place implements AutoCloseable {
        private final ListBudget budget;
        private final long user;
        private boolean closed;

        private Place(ListBudget budget, long user) {
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

    /** No place is free now, but one may be in a moment: the action is run again after {@code retryMillis}. */
    static final class Full extends RuntimeException {
        private final long retryMillis;

        Full(long retryMillis) {
            super("no list place free", null, false, false);
            this.retryMillis = retryMillis;
        }

        long retryMillis() {
            return retryMillis;
        }
    }
}
