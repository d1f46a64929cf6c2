package io.contacts.persistence.jooq;

import io.contacts.domain.port.out.Transactions;

import java.util.function.Supplier;

/**
 * Driven adapter: the {@link Transactions} port as a database transaction bound to the calling thread,
 * which every adapter of the same store joins.
 */
final class JooqTransactions implements Transactions {

    private final Database db;

    JooqTransactions(Database db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }
}
