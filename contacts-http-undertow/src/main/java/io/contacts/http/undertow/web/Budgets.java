package io.contacts.http.undertow.web;

import java.util.Objects;

/**
 * Driving adapter value: what every API's requests share, one instance for the whole server — the limits on a body,
 * the memory of the bodies arriving together, the lists read at once and the answers streamed at once. Two APIs
 * with a budget each would let twice as much in.
 */
public record Budgets(BodyLimits bodies, BodyMemory memory, ListBudget lists, StreamBudget streams) {

    public Budgets {
        Objects.requireNonNull(bodies, "bodies");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(streams, "streams");
    }

    /** The budgets of a server with these limits; the bodies' memory is {@link BodyLimits#memory()}. */
    public static Budgets of(BodyLimits bodies, ListBudget lists, StreamBudget streams) {
        return new Budgets(bodies, new BodyMemory(bodies.memory()), lists, streams);
    }
}
