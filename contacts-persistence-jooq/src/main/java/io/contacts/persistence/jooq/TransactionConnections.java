package io.contacts.persistence.jooq;

import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.util.function.Supplier;

/**
 * Driven adapter helper: the pool's connections for the thread-bound transactions, refused at once for the rest
 * of a transaction once the pool has refused one. When a transaction cannot begin because the pool has no
 * connection to give (the database is down), jOOQ asks twice more before it gives up — to roll back and to
 * restore auto-commit — and each ask would wait the pool's whole timeout again: a write then took three times as
 * long as a read to be answered 503.
 */
final class TransactionConnections implements ConnectionProvider {

    private final ConnectionProvider pool;
    /** Set while the calling thread runs an outermost transaction; the pool's refusal once there was one. */
    private final ThreadLocal<Refusal> transaction = new ThreadLocal<>();

    TransactionConnections(ConnectionProvider pool) {
        this.pool = pool;
    }

    /** Runs one outermost transaction, within which a refused connection stays refused. */
    <T> T transaction(Supplier<T> work) {
        transaction.set(new Refusal());
        try {
            return work.get();
        } finally {
            transaction.remove();
        }
    }

    @Override
    public Connection acquire() {
        Refusal refusal = transaction.get();
        if (refusal != null && refusal.cause != null) {
            // A new exception each time: jOOQ attaches later failures to the first as suppressed ones.
            throw new DataAccessException("No connection: the pool refused one earlier in this transaction",
                    refusal.cause);
        }
        try {
            return pool.acquire();
        } catch (DataAccessException refused) {
            if (refusal != null) {
                refusal.cause = refused.getCause() == null ? refused : refused.getCause();
            }
            throw refused;
        }
    }

    @Override
    public void release(Connection connection) {
        pool.release(connection);
    }

    /** The first refusal within one transaction, if any. */
    private static final class Refusal {
        private Throwable cause;
    }
}
