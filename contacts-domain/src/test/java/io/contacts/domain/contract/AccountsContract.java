package io.contacts.domain.contract;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.port.out.Accounts;
import io.contacts.domain.port.out.Stores;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract of the {@link Accounts} port: what every store must do, checked against the store a subclass gives. */
public abstract class AccountsContract extends StoreContract {

    /** A store holding no data at all, for the one question a shared store cannot answer. */
    protected abstract Stores emptyStores();

    @Test
    void addAssignsAnIdAndKeepsTheNameAndTime() {
        Account added = stores.accounts().add("Acme Ltd. — Zoë's 'company'", T0);

        assertThat(added).isEqualTo(new Account(added.id(), "Acme Ltd. — Zoë's 'company'", T0));
        assertThat(stores.accounts().find(added.id())).contains(added);
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThat(stores.accounts().find(AccountId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void aStoreIsEmptyUntilItsFirstAccount() {
        Accounts fresh = emptyStores().accounts();
        assertThat(fresh.isEmpty()).isTrue();

        fresh.add("First", T0);

        assertThat(fresh.isEmpty()).isFalse();
    }
}
