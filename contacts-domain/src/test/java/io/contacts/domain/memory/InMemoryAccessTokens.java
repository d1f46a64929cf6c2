package io.contacts.domain.memory;

import io.contacts.domain.model.AccessToken;
import io.contacts.domain.model.Caller;
import io.contacts.domain.port.out.AccessTokens;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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
            AccessToken previous = db.tokens.putIfAbsent(digest, new AccessToken(digest, owner, now));
            if (previous != null) {
                throw new IllegalStateException("token digest already stored");
            }
            db.onRollback(() -> db.tokens.remove(digest));
            return null;
        });
    }

    @Override
    public Optional<Caller> findByDigest(String digest) {
        return db.locked(() -> Optional.ofNullable(db.tokens.get(digest)).map(AccessToken::owner));
    }

    @Override
    public List<AccessToken> list() {
        return db.locked(() -> db.tokens.values().stream()
                .sorted(Comparator.comparing(AccessToken::createdAt).thenComparing(AccessToken::digest))
                .toList());
    }

    @Override
    public boolean remove(String digest) {
        return db.locked(() -> {
            AccessToken removed = db.tokens.remove(digest);
            if (removed != null) {
                db.onRollback(() -> db.tokens.put(digest, removed));
            }
            return removed != null;
        });
    }

    @Override
    public int removeAllOf(Caller owner) {
        return db.locked(() -> {
            List<AccessToken> owned = db.tokens.values().stream()
                    .filter(token -> token.owner().equals(owner))
                    .toList();
            owned.forEach(token -> remove(token.digest()));
            return owned.size();
        });
    }
}
