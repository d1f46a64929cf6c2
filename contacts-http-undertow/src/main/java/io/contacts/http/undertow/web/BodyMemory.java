package io.contacts.http.undertow.web;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Driving adapter guard: how many bytes of request bodies may be held in memory at once, while they arrive. Bodies
 * are taken in without a worker, so nothing else bounds how many arrive together; a body that would go past the
 * budget is refused (503), and its bytes are given back when it is handed on or refused.
 */
public final class BodyMemory {

    private final long budget;
    private final AtomicLong held = new AtomicLong();

    BodyMemory(long budget) {
        this.budget = budget;
    }

    /** Takes {@code bytes} from the budget; false, taking nothing, when they do not fit. */
    boolean take(long bytes) {
        long before;
        do {
            before = held.get();
            if (before + bytes > budget) {
                return false;
            }
        } while (!held.compareAndSet(before, before + bytes));
        return true;
    }

    void giveBack(long bytes) {
        held.addAndGet(-bytes);
    }
}
