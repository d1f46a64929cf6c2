package io.contacts.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Entity: a customer of the account, to whom contacts belong. Immutable; a change returns a
 * new instance with a higher {@code version} and a later {@code updatedAt}.
 */
public record Client(
        ClientId id,
        AccountId accountId,
        ClientFields fields,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(fields, "fields");
        Versions.requireTimeline(createdAt, updatedAt, version);
    }

    public String name() {
        return fields.name();
    }

    public boolean active() {
        return fields.active();
    }

    /** The client after a change made at {@code now}: same identity and creation time. */
    public Client changedTo(ClientFields changed, Instant now) {
        return new Client(id, accountId, changed, createdAt, now, version + 1);
    }
}
