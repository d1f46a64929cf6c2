package io.contacts.domain.memory;

import io.contacts.domain.contract.UsersContract;
import io.contacts.domain.port.out.Stores;

/** The Users contract on the in-memory store. */
class InMemoryUsersTest extends UsersContract {

    private static final Stores STORES = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return STORES;
    }
}
