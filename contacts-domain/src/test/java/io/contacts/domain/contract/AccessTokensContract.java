package io.contacts.domain.contract;

import io.contacts.domain.model.Caller;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.UserFields;
import io.contacts.domain.port.out.AccessTokens;
import io.contacts.domain.testdata.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

    private Caller newCaller() {
        UserFields fields = new UserFields(EmailAddress.of(Unique.email()), "Token", "Owner");
        return stores.users().add(newAccount(), fields, "hash", T0).asCaller();
    }
}
