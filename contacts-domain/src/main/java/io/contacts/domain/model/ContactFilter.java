package io.contacts.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Value: which contacts of an account a list shows — all, or one client's, optionally only recent ones. */
public record ContactFilter(Optional<ClientId> client, Optional<Instant> updatedSince) {

    public ContactFilter {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(updatedSince, "updatedSince");
    }

    public static ContactFilter all() {
        return new ContactFilter(Optional.empty(), Optional.empty());
    }

    public static ContactFilter ofClient(ClientId client) {
        return new ContactFilter(Optional.of(client), Optional.empty());
    }

    /** The same filter keeping only contacts with {@code updatedAt >= since} (inclusive). */
    public ContactFilter updatedSince(Instant since) {
        return new ContactFilter(client, Optional.of(since));
    }

    /** The same filter, with the time bound given or not. */
    public ContactFilter updatedSince(Optional<Instant> since) {
        return new ContactFilter(client, since);
    }

    /** Whether a contact passes this filter: the rule every adapter's query must match. */
    public boolean matches(Contact contact) {
        return client.map(contact.clientId()::equals).orElse(true)
                && updatedSince.map(since -> !contact.updatedAt().isBefore(since)).orElse(true);
    }
}
