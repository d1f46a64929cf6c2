package io.contacts.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Entity: a person at a client, as stored. Immutable; a change returns a new instance
 * with a higher {@code version} and a later {@code updatedAt}.
 */
public record Contact(
        ContactId id,
        AccountId accountId,
        ContactFields fields,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(fields, "fields");
        Versions.requireTimeline(createdAt, updatedAt, version);
    }

    public ClientId clientId() {
        return fields.clientId();
    }

    /** The contact after a change made at {@code now}: same identity and creation time. */
    public Contact changedTo(ContactFields changed, Instant now) {
        return new Contact(id, accountId, changed, createdAt, now, version + 1);
    }
}
