package io.contacts.http.undertow.web;

import java.util.HashMap;
import java.util.Map;
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

    private final int all;
    private final int perUser;
    private final long waitNanos;
    /** Guarded by itself, as are {@link #running} and the waits: places change hands far less often than requests. */
    private final Map<Long, Integer> byUser = new HashMap<>();
    private int running;

    public ListBudget(int all, int perUser) {
        this(all, perUser, WAIT_MILLIS);
    }

    /** With another wait: tests wait long enough to see a place handed over. */
    ListBudget(int all, int perUser, long waitMillis) {
        this.all = all;
        this.perUser = perUser;
        this.waitNanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
    }

    /**
     * A place for one list, to be closed once its answer is written or handed over.
     *
     * @throws HttpProblem 503 when no place, in all or for the user, frees up within the wait
     */
    public Place acquire(long user) {
        long deadline = System.nanoTime() + waitNanos;
        synchronized (byUser) {
            while (running >= all || byUser.getOrDefault(user, 0) >= perUser) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw refused();
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(byUser, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw refused();
                }
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
            byUser.notifyAll();
        }
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
                budget.release(user);
            }
        }
    }
}
