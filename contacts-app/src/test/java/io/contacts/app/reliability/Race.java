package io.contacts.app.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Test helper: runs several tasks at the same moment — each on its own thread, all held at a gate until every one
 * is ready — and returns their results in order. A deadline guards against a hang; it measures nothing.
 */
public final class Race {

    private static final long PATIENCE_SECONDS = 120;

    private Race() {
    }

    public static <T> List<T> run(int runners, IntFunction<T> task) {
        ExecutorService threads = Executors.newFixedThreadPool(runners);
        try {
            CountDownLatch ready = new CountDownLatch(runners);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < runners; i++) {
                int runner = i;
                results.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.apply(runner);
                }));
            }
            if (!ready.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the runners never got ready");
            }
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new AssertionError("a runner failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("a runner hung", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
