package io.contacts.domain.memory;

import io.contacts.domain.contract.ContactWritesContract;
import io.contacts.domain.port.out.Stores;

/** The Contacts contract's changes and deletes on the in-memory store. */
class InMemoryContactWritesTest extends ContactWritesContract {

    private static final Stores STORES = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return STORES;
    }
}
