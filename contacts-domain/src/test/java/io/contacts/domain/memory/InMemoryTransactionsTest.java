package io.contacts.domain.memory;

import io.contacts.domain.contract.TransactionsContract;
import io.contacts.domain.port.out.Stores;

/** The Transactions contract on the in-memory store. */
class InMemoryTransactionsTest extends TransactionsContract {

    private static final Stores STORES = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return STORES;
    }
}
