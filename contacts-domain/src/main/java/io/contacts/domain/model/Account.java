package io.contacts.domain.model;

import java.time.Instant;
import java.util.Objects;

/** Entity: a company using the service; the boundary no data ever crosses. */
public record Account(AccountId id, String name, Instant createdAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        TextRules.require("Name", name);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
