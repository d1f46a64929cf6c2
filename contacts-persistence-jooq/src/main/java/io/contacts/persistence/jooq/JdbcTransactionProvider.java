package io.contacts.persistence.jooq;

import org.jooq.ConnectionProvider;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.impl.DefaultTransactionProvider;

/**
 * Driven adapter helper: jOOQ's JDBC transactions ({@link DefaultTransactionProvider}, nested ones as savepoints),
 * except that a transaction that could not get a connection is not rolled back. jOOQ would ask the pool again to
 * roll it back and then to restore auto-commit, and with the database down each ask waits the pool's whole
 * timeout: a write took three times as long as a read to be answered 503.
 */
final class JdbcTransactionProvider implements TransactionProvider {

    private static final String NO_CONNECTION = JdbcTransactionProvider.class.getName() + ".noConnection";

    private final ConnectionProvider pool;
    private final TransactionProvider jdbc;

    JdbcTransactionProvider(ConnectionProvider pool) {
        this.pool = pool;
        this.jdbc = new DefaultTransactionProvider(pool, true);
    }

    @Override
    public void begin(TransactionContext transaction) {
        try {
            jdbc.begin(transaction);
        } catch (RuntimeException failure) {
            // Until a transaction holds a connection, its configuration finds connections in the pool.
            if (transaction.configuration().connectionProvider() == pool) {
                transaction.configuration().data(NO_CONNECTION, Boolean.TRUE);
            }
            throw failure;
        }
    }

    @Override
    public void commit(TransactionContext transaction) {
        jdbc.commit(transaction);
    }

    @Override
    public void rollback(TransactionContext transaction) {
        if (transaction.configuration().data(NO_CONNECTION) == null) {
            jdbc.rollback(transaction);
        }
    }
}
