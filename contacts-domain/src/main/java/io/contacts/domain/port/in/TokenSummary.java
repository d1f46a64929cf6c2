package io.contacts.domain.port.in;

import io.contacts.domain.model.User;

import java.time.Instant;
import java.util.Objects;

/**
 * What identifies an access token without being it: an id (the start of the token's stored digest, which signs
 * no one in), its owner and when it was made.
 */
public record TokenSummary(String id, User owner, Instant createdAt) {

    /**
     * Characters of the digest shown as a token's id: 48 bits of a SHA-256 in hexadecimal, so that even among a
     * million tokens two share an id about once in 500 stores (revoking by that id is then refused, not guessed).
     */
    public static final int ID_LENGTH = 12;

    public TokenSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
