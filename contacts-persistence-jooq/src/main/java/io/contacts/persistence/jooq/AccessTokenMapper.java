package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccessToken;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Caller;
import io.contacts.domain.model.UserId;
import io.contacts.persistence.jooq.schema.tables.records.AccessTokensRecord;

import java.time.Instant;

/** Driven adapter mapping: an access token's digest and owner to and from its row. */
final class AccessTokenMapper {

    private AccessTokenMapper() {
    }

    static AccessTokensRecord newRow(Caller owner, String digest, Instant createdAt) {
        AccessTokensRecord row = new AccessTokensRecord();
        row.setDigest(digest);
        row.setAccountId(owner.accountId().value());
        row.setUserId(owner.userId().value());
        row.setCreatedAt(UtcTimes.toColumn(createdAt));
        return row;
    }

    static Caller toOwner(AccessTokensRecord row) {
        return new Caller(AccountId.of(row.getAccountId()), UserId.of(row.getUserId()));
    }

    static AccessToken toToken(AccessTokensRecord row) {
        return new AccessToken(row.getDigest(), toOwner(row), UtcTimes.fromColumn(row.getCreatedAt()));
    }
}
