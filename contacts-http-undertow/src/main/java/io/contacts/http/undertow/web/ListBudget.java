package io.contacts.http.undertow.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Driving adapter guard: a budget for lists. A list holds a database connection and a worker for as long as it
 * reads rows — for a long one, as long as its client takes to read the answer — so only so many are read at once,
 * in all and per user, and the pool always keeps connections for everything else. A list waits a moment for a
 * place; one that finds none is refused (503 with {@code Retry-After}) rather than left to starve short requests.
 */
public final class ListBudget {

    /** Most lists take a few milliseconds: a short wait lets a burst of them through one after another. */
    private static final long WAIT_MILLIS = 100;
    /** A guess, not a promise: long lists end when their clients finish reading or the write timeout cuts them. */
    static final long RETRY_AFTER_SECONDS = 5;

    private final Semaphore all;
    private final int perUser;
    private final Map<Long, Integer> byUser = new ConcurrentHashMap<>();

    public ListBudget(int all, int perUser) {
        this.all = new Semaphore(all);
        this.perUser = perUser;
    }

    /**
     * A place for one list, to be closed once its answer is written or handed over.
     *
     * @throws HttpProblem 503 when the user already reads as many lists as allowed, or no place frees up in time
     */
    public Place acquire(long user) {
        if (!takeUserPlace(user)) {
            throw refused();
        }
        boolean taken = false;
        try {
            taken = all.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!taken) {
            releaseUserPlace(user);
            throw refused();
        }
        return new Place(this, user);
    }

    private boolean takeUserPlace(long user) {
        boolean[] taken = {false};
        byUser.compute(user, (id, held) -> {
            int count = held == null ? 0 : held;
            taken[0] = count < perUser;
            return taken[0] ? count + 1 : held;
        });
        return taken[0];
    }

    private void releaseUserPlace(long user) {
        byUser.computeIfPresent(user, (id, held) -> held <= 1 ? null : held - 1);
    }

    private static HttpProblem refused() {
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
                budget.all.release();
                budget.releaseUserPlace(user);
            }
        }
    }
}
