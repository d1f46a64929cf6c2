package io.contacts.persistence.jooq;

import io.contacts.domain.port.out.Transactions;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import java.util.function.Supplier;

/**
 * Driven adapter: the {@link Transactions} port as jOOQ transactions bound to the calling thread. A unit is jOOQ's
 * transaction {@link Configuration}, which holds its connection: every statement of the store runs on the thread's
 * innermost unit ({@link #dsl()}), and a unit begun within another is a savepoint of it.
 */
final class JooqTransactions implements Transactions {

    /** Set in a unit's configuration when the database refused one of its statements. */
    private static final String REFUSED = JooqTransactions.class.getName() + ".refused";

    private final DSLContext store;
    private final Dialect dialect;
    /** The calling thread's innermost unit: jOOQ hands a unit's configuration to that unit's work alone. */
    private final ThreadLocal<Configuration> innermost = new ThreadLocal<>();

    JooqTransactions(DSLContext store, Dialect dialect) {
        this.store = store;
        this.dialect = dialect;
    }

    /**
     * Runs {@code work} in one transaction; an exception from it rolls back and is rethrown as it is.
     * Within a transaction, this opens a nested one (a savepoint).
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Configuration outer = innermost.get();
        try {
            return dsl().transactionResult(unit -> {
                innermost.set(unit);
                try {
                    T result = work.get();
                    if (unit.data(REFUSED) != null) {
                        dialect.endUnitAfterRefusedWrite();
                    }
                    return result;
                } finally {
                    if (outer == null) {
                        innermost.remove();
                    } else {
                        innermost.set(outer);
                    }
                }
            });
        } catch (DataAccessException failure) {
            // Only failures to begin, commit or roll back get here: the adapters translate their own.
            throw StorageErrors.translate(failure);
        }
    }

    /** Where the calling thread's statements run: its innermost unit, or the store itself outside any. */
    DSLContext dsl() {
        Configuration unit = innermost.get();
        return unit == null ? store : unit.dsl();
    }

    boolean inUnit() {
        return innermost.get() != null;
    }

    /** Notes that the database refused a statement of the calling thread's innermost unit, if it has one. */
    void refused() {
        Configuration unit = innermost.get();
        if (unit != null) {
            unit.data(REFUSED, Boolean.TRUE);
        }
    }
}
