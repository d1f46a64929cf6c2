package io.contacts.domain.contract;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.port.out.Accounts;
import io.contacts.domain.port.out.Stores;
import io.contacts.domain.testdata.Unique;
import org.junit.jupiter.api.Test;

import java.util.List;

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
    void listHoldsEveryAccountInIdOrder() {
        Account first = stores.accounts().add(Unique.name("First"), T0);
        Account second = stores.accounts().add(Unique.name("Second"), T0);

        List<Account> listed = stores.accounts().list();

        assertThat(listed).containsSubsequence(first, second);
        assertThat(listed).extracting(account -> account.id().value()).isSorted();
    }

    @Test
    void aStoreWithNoAccountListsNone() {
        assertThat(emptyStores().accounts().list()).isEmpty();
    }

    @Test
    void renameChangesOnlyTheName() {
        Account added = stores.accounts().add(Unique.name("Before"), T0);
        Account other = stores.accounts().add(Unique.name("Other"), T0);

        assertThat(stores.accounts().rename(added.id(), "After — Zoë's")).isTrue();

        assertThat(stores.accounts().find(added.id())).contains(new Account(added.id(), "After — Zoë's", T0));
        assertThat(stores.accounts().find(other.id())).contains(other);
    }

    @Test
    void renamingAnUnknownAccountChangesNothing() {
        assertThat(stores.accounts().rename(AccountId.of(Long.MAX_VALUE), "Anything")).isFalse();
        assertThat(stores.accounts().find(AccountId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void aStoreIsEmptyUntilItsFirstAccount() {
        Accounts fresh = emptyStores().accounts();
        assertThat(fresh.isEmpty()).isTrue();

        fresh.add("First", T0);

        assertThat(fresh.isEmpty()).isFalse();
    }

    @Test
    void askedByTheFirstAccountsTransactionAStoreIsEmptyUntilItHasOne() {
        Stores fresh = emptyStores();
        assertThat(fresh.transactions().inTransaction(() -> fresh.accounts().isEmptyForFirstAccount())).isTrue();

        fresh.accounts().add("First", T0);

        assertThat(fresh.transactions().inTransaction(() -> fresh.accounts().isEmptyForFirstAccount())).isFalse();
    }
}
