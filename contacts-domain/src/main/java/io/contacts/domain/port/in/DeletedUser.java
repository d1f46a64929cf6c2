package io.contacts.domain.port.in;

import io.contacts.domain.model.User;

import java.util.Objects;

/** What deleting a user removed: the user, its number of access tokens, and whether its account has users left. */
public record DeletedUser(User user, int tokensRevoked, boolean accountHasUsersLeft) {

    public DeletedUser {
        Objects.requireNonNull(user, "user");
    }
}
