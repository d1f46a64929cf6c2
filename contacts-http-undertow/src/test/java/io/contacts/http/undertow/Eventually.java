package io.contacts.http.undertow;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what the server does after a response has left: the access-log line and the request timer are
 * written when the exchange completes, which a client may see a moment before it happens.
 */
final class Eventually {

    /** A guard against a broken server, not a measure: on a healthy one the wait is microseconds. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private Eventually() {
    }

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after " + PATIENCE + ": " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
