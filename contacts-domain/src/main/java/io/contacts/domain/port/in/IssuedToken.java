package io.contacts.domain.port.in;

import io.contacts.domain.model.Caller;

import java.util.Objects;

/** A new access token and its owner; the only time the token itself is known, as only its digest is kept. */
public record IssuedToken(Caller owner, String token) {

    public IssuedToken {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "IssuedToken[owner=" + owner + "]";
    }
}
