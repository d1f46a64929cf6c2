package io.contacts.domain.model;

import java.time.Instant;
import java.util.Objects;

/** Entity: a personal access token as the store keeps it — its digest, owner and time, never the token itself. */
public record AccessToken(String digest, Caller owner, Instant createdAt) {

    public AccessToken {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
