package io.contacts.domain.memory;

import io.contacts.domain.contract.ContactCountsContract;
import io.contacts.domain.port.out.Stores;

/** The Contacts contract's counts on the in-memory store. */
class InMemoryContactCountsTest extends ContactCountsContract {

    private static final Stores STORES = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return STORES;
    }
}
