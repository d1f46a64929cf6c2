package io.contacts.domain.model;

import java.util.Objects;

/** Value: a user together with the stored hash of its password, as the store keeps them for sign-in. */
public record Login(User user, String passwordHash) {

    public Login {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
        return "Login[user=" + user.id() + "]";
    }
}
