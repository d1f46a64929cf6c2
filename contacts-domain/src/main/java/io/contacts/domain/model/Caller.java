package io.contacts.domain.model;

import java.util.Objects;

/** Value: who is asking — an authenticated user and the account every use case is scoped to. */
public record Caller(AccountId accountId, UserId userId) {

    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(userId, "userId");
    }
}
