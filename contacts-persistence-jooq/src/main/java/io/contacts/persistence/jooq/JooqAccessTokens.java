package io.contacts.persistence.jooq;

import io.contacts.domain.model.Caller;
import io.contacts.domain.port.out.AccessTokens;

import java.time.Instant;
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
}
