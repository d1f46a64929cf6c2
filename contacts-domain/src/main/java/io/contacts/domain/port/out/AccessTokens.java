package io.contacts.domain.port.out;

import io.contacts.domain.model.Caller;

import java.time.Instant;
import java.util.Optional;

/** Driven port: personal access tokens, kept only as digests so a stolen copy of the store signs no one in. */
public interface AccessTokens {

    /** Stores the digest of a new token belonging to {@code owner}, created at {@code now}. */
    void add(Caller owner, String digest, Instant now);

    /** The owner of the token with that digest. */
    Optional<Caller> findByDigest(String digest);
}
