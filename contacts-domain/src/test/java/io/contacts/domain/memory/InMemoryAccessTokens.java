package io.contacts.domain.memory;

import io.contacts.domain.model.Caller;
import io.contacts.domain.port.out.AccessTokens;

import java.time.Instant;
import java.util.Optional;

/** Driven adapter: access-token digests in memory. */
final class InMemoryAccessTokens implements AccessTokens {

    private final InMemoryDatabase db;

    InMemoryAccessTokens(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Caller owner, String digest, Instant now) {
        db.locked(() -> {
            Caller previous = db.tokens.putIfAbsent(digest, owner);
            if (previous != null) {
                throw new IllegalStateException("token digest already stored");
            }
            db.onRollback(() -> db.tokens.remove(digest));
            return null;
        });
    }

    @Override
    public Optional<Caller> findByDigest(String digest) {
        return db.locked(() -> Optional.ofNullable(db.tokens.get(digest)));
    }
}
