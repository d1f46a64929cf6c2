package io.contacts.domain.contract;

import io.contacts.domain.model.AccessToken;
import io.contacts.domain.model.Caller;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.UserFields;
import io.contacts.domain.port.out.AccessTokens;
import io.contacts.domain.testdata.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract of the {@link AccessTokens} port: what every store must do, checked against the store a subclass gives. */
public abstract class AccessTokensContract extends StoreContract {

    private AccessTokens tokens;
    private Caller owner;

    @BeforeEach
    void aUser() {
        tokens = stores.accessTokens();
        owner = newCaller();
    }

    @Test
    void aStoredDigestFindsItsOwner() {
        String digest = Unique.name("digest");

        tokens.add(owner, digest, T0);

        assertThat(tokens.findByDigest(digest)).contains(owner);
    }

    @Test
    void aUserMayHoldSeveralTokensAndEachFindsOnlyItsOwner() {
        Caller other = newCaller();
        String first = Unique.name("digest");
        String second = Unique.name("digest");
        String others = Unique.name("digest");

        tokens.add(owner, first, T0);
        tokens.add(owner, second, T0);
        tokens.add(other, others, T0);

        assertThat(tokens.findByDigest(first)).contains(owner);
        assertThat(tokens.findByDigest(second)).contains(owner);
        assertThat(tokens.findByDigest(others)).contains(other);
    }

    @Test
    void anUnknownDigestFindsNoOne() {
        assertThat(tokens.findByDigest(Unique.name("never stored"))).isEmpty();
    }

    @Test
    void listHoldsEveryTokenWithItsOwnerAndTimeOldestFirst() {
        String older = Unique.name("digest");
        String newer = Unique.name("digest");
        tokens.add(owner, newer, T0.plusSeconds(1));
        tokens.add(owner, older, T0);

        List<AccessToken> mine = tokens.list().stream().filter(token -> token.owner().equals(owner)).toList();

        assertThat(mine).containsExactly(new AccessToken(older, owner, T0),
                new AccessToken(newer, owner, T0.plusSeconds(1)));
    }

    @Test
    void aRemovedTokenFindsNoOneAndTheOthersStay() {
        String removed = Unique.name("digest");
        String kept = Unique.name("digest");
        tokens.add(owner, removed, T0);
        tokens.add(owner, kept, T0);

        assertThat(tokens.remove(removed)).isTrue();

        assertThat(tokens.findByDigest(removed)).isEmpty();
        assertThat(tokens.findByDigest(kept)).contains(owner);
        assertThat(tokens.list()).extracting(AccessToken::digest).doesNotContain(removed).contains(kept);
        assertThat(tokens.remove(removed)).as("removed already").isFalse();
    }

    @Test
    void removeAllOfAnOwnerLeavesOtherOwnersTokens() {
        Caller other = newCaller();
        String others = Unique.name("digest");
        tokens.add(owner, Unique.name("digest"), T0);
        tokens.add(owner, Unique.name("digest"), T0);
        tokens.add(other, others, T0);

        assertThat(tokens.removeAllOf(owner)).isEqualTo(2);

        assertThat(tokens.list()).noneMatch(token -> token.owner().equals(owner));
        assertThat(tokens.findByDigest(others)).contains(other);
        assertThat(tokens.removeAllOf(owner)).isZero();
    }

    @Test
    void aUserCanBeDeletedOnceItsTokensAreRemoved() {
        tokens.add(owner, Unique.name("digest"), T0);

        stores.transactions().inTransaction(() -> {
            tokens.removeAllOf(owner);
            return stores.users().delete(owner.accountId(), owner.userId());
        });

        assertThat(stores.users().find(owner.accountId(), owner.userId())).isEmpty();
    }

    private Caller newCaller() {
        UserFields fields = new UserFields(EmailAddress.of(Unique.email()), "Token", "Owner");
        return stores.users().add(newAccount(), fields, "hash", T0).asCaller();
    }
}
