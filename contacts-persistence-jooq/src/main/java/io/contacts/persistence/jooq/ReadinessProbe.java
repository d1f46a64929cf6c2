package io.contacts.persistence.jooq;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Driven adapter helper: answers "can the database serve a query now?" within a deadline. Getting a
 * connection from a pool may wait far longer than a readiness probe may, so the query runs on a helper
 * thread and the caller waits only as long as it asked; probes arriving meanwhile share the one running.
 */
final class ReadinessProbe {

    private final Database db;
    /** At most one thread, which ends when idle: a probe needs no resources between calls. */
    private final Executor executor;
    private CompletableFuture<Boolean> running; // guarded by this

    ReadinessProbe(Database db) {
        this.db = db;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "contacts-db-readiness");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
    }

    boolean isReachable(Duration timeout) {
        CompletableFuture<Boolean> probe = currentProbe(timeout);
        try {
            return probe.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized CompletableFuture<Boolean> currentProbe(Duration timeout) {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(() -> query(timeout), executor);
        }
        return running;
    }

    /** A trivial query; any failure at all means "not ready". */
    private boolean query(Duration timeout) {
        int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds() + 1));
        try {
            db.read(dsl -> dsl.selectOne().queryTimeout(seconds).fetch());
            return true;
        } catch (RuntimeException failure) {
            return false;
        }
    }
}
