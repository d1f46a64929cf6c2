package io.contacts.domain.testdata;

import java.util.concurrent.atomic.AtomicLong;

/** Distinct names for test data, so tests sharing a store never collide and never depend on order. */
public final class Unique {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final AtomicLong COUNTER = new AtomicLong();

    private Unique() {
    }

    /** A name no other call in this JVM (nor, in practice, another run) gives. */
    public static String name(String prefix) {
        return prefix + " " + RUN + "-" + COUNTER.incrementAndGet();
    }

    /** An e-mail address no other call gives. */
    public static String email() {
        return "user-" + RUN + "-" + COUNTER.incrementAndGet() + "@example.com";
    }
}
