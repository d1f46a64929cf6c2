package io.contacts.domain.memory;

import io.contacts.domain.contract.AccessTokensContract;
import io.contacts.domain.port.out.Stores;

/** The AccessTokens contract on the in-memory store. */
class InMemoryAccessTokensTest extends AccessTokensContract {

    private static final Stores STORES = InMemoryStores.create();

    @Override
    protected Stores stores() {
        return STORES;
    }
}
