package io.contacts.domain.memory;

import io.contacts.domain.contract.ContactPagesContract;
import io.contacts.domain.port.out.Stores;

/** The Contacts contract's pages on the in-memory store. */
class InMemoryContactPagesTest extends ContactPagesContract {

    private static final Stores STORES = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return STORES;
    }
}
