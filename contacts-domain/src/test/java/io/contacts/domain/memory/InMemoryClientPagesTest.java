package io.contacts.domain.memory;

import io.contacts.domain.contract.ClientPagesContract;
import io.contacts.domain.port.out.Stores;

/** The Clients contract's pages on the in-memory store. */
class InMemoryClientPagesTest extends ClientPagesContract {

    private static final Stores STORES = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return STORES;
    }
}
