package io.contacts.persistence.jooq;

import org.jooq.ConnectionProvider;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Driven adapter helper: streamed reads made outside any transaction. Each takes a connection of its own,
 * turns autocommit off (without it the PostgreSQL driver ignores the fetch size and loads every row), and
 * keeps both until the stream is closed.
 */
final class ReadTransactions {

    private final ConnectionProvider connections;
    private final SQLDialect dialect;
    private final Settings settings;

    ReadTransactions(ConnectionProvider connections, SQLDialect dialect, Settings settings) {
        this.connections = connections;
        this.dialect = dialect;
        this.settings = settings;
    }

    /** @param rows the stream over the open cursor, given what closing it must run */
    <R extends Record, T> Stream<T> stream(Function<DSLContext, ResultQuery<R>> query,
                                           BiFunction<Cursor<R>, Runnable, Stream<T>> rows) {
        Connection connection = acquire();
        try {
            connection.setAutoCommit(false);
            Cursor<R> cursor = query.apply(DSL.using(connection, dialect, settings))
                    .fetchSize(Database.FIRST_FETCH_SIZE)
                    .fetchLazy();
            return rows.apply(cursor, () -> end(connection));
        } catch (SQLException | RuntimeException failure) {
            endAfterFailure(connection, failure);
            throw StorageErrors.translate(failure);
        }
    }

    private Connection acquire() {
        try {
            return connections.acquire();
        } catch (DataAccessException failure) {
            throw StorageErrors.translate(failure);
        }
    }

    /** Ends the read and hands its connection back, whether or not every row was read. */
    private void end(Connection connection) {
        try {
            // A read changes nothing; rolling back also ends a transaction that a failed fetch aborted.
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException failure) {
            throw StorageErrors.translate(failure);
        } finally {
            release(connection);
        }
    }

    private void endAfterFailure(Connection connection, Exception failure) {
        try {
            end(connection);
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    private void release(Connection connection) {
        try {
            connections.release(connection);
        } catch (DataAccessException failure) {
            throw StorageErrors.translate(failure);
        }
    }
}
