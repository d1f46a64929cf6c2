package io.contacts.domain.memory;

import io.contacts.domain.contract.ClientsContract;
import io.contacts.domain.port.out.Stores;

/** The Clients contract on the in-memory store. */
class InMemoryClientsTest extends ClientsContract {

    private static final Stores STORES = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return STORES;
    }
}
