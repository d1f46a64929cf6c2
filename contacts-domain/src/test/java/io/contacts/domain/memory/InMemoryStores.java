package io.contacts.domain.memory;

import io.contacts.domain.port.out.Stores;
import io.contacts.domain.port.out.Tallies;

import java.time.Clock;

/**
 * A complete, thread-safe store in memory: for tests of the domain and of driving adapters, and for anyone
 * embedding the domain who wants to try it without a database. Nothing survives the process.
 */
public final class InMemoryStores {

    private InMemoryStores() {
    }

    public static Stores create() {
        return create(Clock.systemUTC());
    }

    /** With the tallies' windows timed by {@code clock}. */
    public static Stores create(Clock clock) {
        InMemoryDatabase db = new InMemoryDatabase();
        return new Stores(new InMemoryAccounts(db), new InMemoryUsers(db), new InMemoryAccessTokens(db),
                new InMemoryClients(db), new InMemoryContacts(db), new InMemoryTransactions(db),
                Tallies.inMemory(clock));
    }
}
