package io.contacts.domain.model;

/** Invariant shared by the identity values: stores hand out positive numbers only. */
final class Ids {

    private Ids() {
    }

    static void requirePositive(long value, String type) {
        if (value <= 0) {
            throw new IllegalArgumentException(type + " must be positive: " + value);
        }
    }
}
