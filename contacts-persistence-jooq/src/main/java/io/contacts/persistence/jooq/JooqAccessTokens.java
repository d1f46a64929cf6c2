package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccessToken;
import io.contacts.domain.model.Caller;
import io.contacts.domain.port.out.AccessTokens;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.contacts.persistence.jooq.schema.Tables.ACCESS_TOKENS;

/** Driven adapter: the {@link AccessTokens} port on the access_tokens table, which holds digests only. */
final class JooqAccessTokens implements AccessTokens {

    private final Database db;

    JooqAccessTokens(Database db) {
        this.db = db;
    }

    @Override
    public void add(Caller owner, String digest, Instant now) {
        db.write(dsl -> dsl.insertInto(ACCESS_TOKENS)
                .set(AccessTokenMapper.newRow(owner, digest, now))
                .execute());
    }

    @Override
    public Optional<Caller> findByDigest(String digest) {
        // Global by nature: a bearer token is presented before anyone knows the account.
        return db.read(dsl -> dsl.selectFrom(ACCESS_TOKENS)
                .where(ACCESS_TOKENS.DIGEST.eq(digest))
                .fetchOptional(AccessTokenMapper::toOwner));
    }

    @Override
    public List<AccessToken> list() {
        return db.read(dsl -> dsl.selectFrom(ACCESS_TOKENS)
                .orderBy(ACCESS_TOKENS.CREATED_AT, ACCESS_TOKENS.DIGEST)
                .fetch(AccessTokenMapper::toToken));
    }

    @Override
    public boolean remove(String digest) {
        return db.write(dsl -> dsl.deleteFrom(ACCESS_TOKENS)
                .where(ACCESS_TOKENS.DIGEST.eq(digest))
                .execute()) == 1;
    }

    @Override
    public int removeAllOf(Caller owner) {
        return db.write(dsl -> dsl.deleteFrom(ACCESS_TOKENS)
                .where(ACCESS_TOKENS.ACCOUNT_ID.eq(owner.accountId().value()),
                        ACCESS_TOKENS.USER_ID.eq(owner.userId().value()))
                .execute());
    }
}
