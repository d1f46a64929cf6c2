package io.contacts.domain.model;

import java.time.Instant;
import java.util.Objects;

/** Entity: a person who signs in to one account; the e-mail address is the login, unique across accounts. */
public record User(UserId id, AccountId accountId, UserFields fields, Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public EmailAddress email() {
        return fields.email();
    }

    public Caller asCaller() {
        return new Caller(accountId, id);
    }
}
