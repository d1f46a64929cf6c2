package io.contacts.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Value: which clients of an account a list shows — all, or only the active or inactive ones, optionally recent. */
public record ClientFilter(Optional<Boolean> active, Optional<Instant> updatedSince) {

    public ClientFilter {
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(updatedSince, "updatedSince");
    }

    public static ClientFilter all() {
        return new ClientFilter(Optional.empty(), Optional.empty());
    }

    /** The clients whose {@code active} flag is {@code active}. */
    public static ClientFilter active(boolean active) {
        return new ClientFilter(Optional.of(active), Optional.empty());
    }

    /** The same filter keeping only clients with {@code updatedAt >= since} (inclusive), when a time is given. */
    public ClientFilter updatedSince(Optional<Instant> since) {
        return new ClientFilter(active, since);
    }

    /** Whether a client passes this filter: the rule every adapter's query must match. */
    public boolean matches(Client client) {
        return active.map(wanted -> client.active() == wanted).orElse(true)
                && updatedSince.map(since -> !client.updatedAt().isBefore(since)).orElse(true);
    }
}
