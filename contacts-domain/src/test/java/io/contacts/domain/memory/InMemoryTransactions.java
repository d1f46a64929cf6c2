package io.contacts.domain.memory;

import io.contacts.domain.port.out.Transactions;

import java.util.function.Supplier;

/** Driven adapter: transactions over the in-memory tables — serializable, undone on failure. */
final class InMemoryTransactions implements Transactions {

    private final InMemoryDatabase db;

    InMemoryTransactions(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.transaction(work);
    }
}
