package io.contacts.http.undertow.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Driving adapter guard: a budget for lists being read. A list holds a pooled database connection while it reads
 * rows, so only so many are read at once and the pool always keeps connections for everything else. A list that
 * finds no place holds no worker while it waits: it is tried again a moment later from the I/O thread's timer
 * ({@link Wait}), and refused (503 with {@code Retry-After}) once it has waited {@link #WAIT_MILLIS}.
 */
public final class ListBudget {

    /** Most lists take a few milliseconds, so a burst of them gets through one after another. */
    static final long WAIT_MILLIS = 1_000;
    static final long RETRY_AFTER_SECONDS = 5;

    private final Semaphore places;

    public ListBudget(int places) {
        this.places = new Semaphore(places);
    }

    /**
     * A place for one list, to be closed once its answer is handed over or has streamed.
     *
     * @param wait how long the list has waited so far, across its tries
     * @throws Full when none is free now: run the list again after {@link Full#retryMillis()}
     * @throws HttpProblem 503 when none has come free within {@link #WAIT_MILLIS}
     */
    Place acquire(Wait wait) {
        if (places.tryAcquire()) {
            return new Place(places);
        }
        throw wait.next();
    }

    /** One list's place; closing it (once or more) gives it back. */
    public static final class Place implements AutoCloseable {
        private final Semaphore places;
        private boolean closed;

        private Place(Semaphore places) {
            this.places = places;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                places.release();
            }
        }
    }

    /** One list's wait for a place: tried again after 1 ms, then twice as long each time up to 32 ms, for 1 s. */
    static final class Wait {
        private final long since = System.nanoTime();
        private int tries;

        RuntimeException next() {
            if (System.nanoTime() - since > TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS)) {
                return HttpProblem.unavailable("Too many lists are being read at once; retry in " + RETRY_AFTER_SECONDS
                        + " seconds", RETRY_AFTER_SECONDS);
            }
            return new Full(1L << Math.min(tries++, 5));
        }
    }

    /** No place is free now, but one may be in a moment. */
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
