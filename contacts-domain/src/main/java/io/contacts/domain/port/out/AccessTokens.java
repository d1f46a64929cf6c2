package io.contacts.domain.port.out;

import io.contacts.domain.model.AccessToken;
import io.contacts.domain.model.Caller;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Driven port: personal access tokens, kept only as digests so a stolen copy of the store signs no one in. */
public interface AccessTokens {

    /** Stores the digest of a new token belonging to {@code owner}, created at {@code now}. */
    void add(Caller owner, String digest, Instant now);

    /** The owner of the token with that digest. */
    Optional<Caller> findByDigest(String digest);

    /** Every token of every account, oldest first (then by digest): for administration. */
    List<AccessToken> list();

    /** Removes the token with that digest; {@code false} when there is none. */
    boolean remove(String digest);

    /** Removes every token of {@code owner}; returns how many there were. */
    int removeAllOf(Caller owner);
}
