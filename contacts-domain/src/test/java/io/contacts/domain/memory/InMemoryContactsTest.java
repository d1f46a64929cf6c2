package io.contacts.domain.memory;

import io.contacts.domain.contract.ContactsContract;
import io.contacts.domain.port.out.Stores;

/** The Contacts contract on the in-memory store. */
class InMemoryContactsTest extends ContactsContract {

    private static final Stores STORES = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return STORES;
    }
}
