package io.contacts.domain.memory;

import io.contacts.domain.port.out.Stores;

/**
 * A complete, thread-safe store in memory: for tests of the domain and of driving adapters, and for anyone
 * embedding the domain who wants to try it without a database. Nothing survives the process.
 */
public final class InMemoryStores {

    private InMemoryStores() {
    }

    public static Stores create() {
        InMemoryDatabase db = new InMemoryDatabase();
        return new Stores(new InMemoryAccounts(db), new InMemoryUsers(db), new InMemoryAccessTokens(db),
                new InMemoryClients(db), new InMemoryContacts(db), new InMemoryTransactions(db));
    }
}
