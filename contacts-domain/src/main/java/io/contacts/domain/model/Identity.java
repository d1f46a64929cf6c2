package io.contacts.domain.model;

import java.util.Objects;

/** Value: the answer to "who am I" — the caller's user and the company (account) it belongs to. */
public record Identity(Account account, User user) {

    public Identity {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(user, "user");
        if (!user.accountId().equals(account.id())) {
            throw new IllegalArgumentException("user " + user.id() + " is not in account " + account.id());
        }
    }
}
