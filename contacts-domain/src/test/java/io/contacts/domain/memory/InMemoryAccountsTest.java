package io.contacts.domain.memory;

import io.contacts.domain.contract.AccountsContract;
import io.contacts.domain.port.out.Stores;

/** The Accounts contract on the in-memory store. */
class InMemoryAccountsTest extends AccountsContract {

    private static final Stores STORES = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return STORES;
    }

    @Override
    protected Stores emptyStores() {
        return InMemoryStores.create();
    }
}
