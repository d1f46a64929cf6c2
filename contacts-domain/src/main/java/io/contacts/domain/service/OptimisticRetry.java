package io.contacts.domain.service;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a read-check-write attempt again when a concurrent write won the race between its read and its
 * conditional write. A caller that named a version gets its answer from the next attempt's version check;
 * one that did not simply has its change applied to the newer state.
 */
final class OptimisticRetry {

    private static final int MAX_ATTEMPTS = 5;

    private OptimisticRetry() {
    }

    /**
     * @param attempt one transaction: empty when its conditional write matched nothing
     * @param exhausted the outcome when every attempt lost its race
     */
    static <T> T run(Supplier<Optional<T>> attempt, Supplier<? extends RuntimeException> exhausted) {
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            Optional<T> result = attempt.get();
            if (result.isPresent()) {
                return result.get();
            }
        }
        throw exhausted.get();
    }
}
