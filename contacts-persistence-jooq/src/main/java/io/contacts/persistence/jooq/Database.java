package io.contacts.persistence.jooq;

import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultConnectionProvider;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Driven adapter helper: one store's database as the adapters use it. Statements run in the calling thread's
 * transaction when there is one ({@link JooqTransactions}); lists stream from a server-side cursor; every failure
 * leaves here already translated into the domain's terms.
 */
final class Database {

    /**
     * Rows per round trip while a list streams: enough to amortise the round trip, few enough that a
     * batch of the widest rows stays well under a megabyte.
     */
    static final int FETCH_SIZE = 500;
    /**
     * Rows of a list's first round trip: a little more than an answer held in memory takes (32 KiB of XML, 65 to
     * 80 contacts), so that a long list's first bytes leave before its second round trip. Most lists are shorter
     * and take one round trip; a long one then reads {@link #FETCH_SIZE} at a time ({@link CursorStream}); one
     * refused once it outgrows memory (too many streaming) has read little for it.
     */
    static final int FIRST_FETCH_SIZE = 96;

    private final Dialect dialect;
    private final ConnectionProvider pool;
    private final Configuration configuration;
    private final JooqTransactions units;

    Database(DataSource dataSource, Dialect dialect) {
        this.dialect = dialect;
        this.pool = new DataSourceConnectionProvider(dataSource);
        this.configuration = new DefaultConfiguration()
                .set(pool)
                .set(dialect.sqlDialect())
                .set(settings())
                .set(new JdbcTransactionProvider(pool));
        this.units = new JooqTransactions(DSL.using(configuration), dialect);
    }

    /**
     * How this store renders SQL. The scripts create unquoted names, which PostgreSQL folds to lower case
     * and H2 to upper case; rendering jOOQ's names unquoted lets each database fold them the same way.
     */
    static Settings settings() {
        return new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    }

    Dialect dialect() {
        return dialect;
    }

    /** The store's transactions, which every statement run here joins. */
    JooqTransactions transactions() {
        return units;
    }

    /** A statement of a hot path, rendered once for this store. */
    <T> RenderedQuery<T> render(Function<DSLContext, ResultQuery<?>> statement, RowMapper<T> mapper) {
        DSLContext dsl = DSL.using(configuration);
        return new RenderedQuery<>(dsl, statement.apply(dsl), mapper);
    }

    /** Runs reading statements in the thread's transaction, or each on its own when there is none. */
    <T> T read(Function<DSLContext, T> statements) {
        return execute(statements, Violation.none());
    }

    /** The first row of a query, mapped. */
    <T> Optional<T> readFirst(Function<DSLContext, ResultQuery<?>> query, RowMapper<T> mapper) {
        return read(dsl -> mapper.first(query.apply(dsl)));
    }

    /**
     * Runs statements outside the thread's transaction, if it has one: each on a connection of its own, committed as
     * it runs — for bookkeeping whose commit must neither wait for nor change the caller's.
     */
    <T> T alone(Function<DSLContext, T> statements) {
        try {
            return statements.apply(DSL.using(configuration));
        } catch (DataAccessException failure) {
            throw StorageErrors.translate(failure);
        }
    }

    /**
     * Runs a write as the dialect needs it run ({@link Dialect#write}).
     *
     * @param violation what a constraint violation the write may cause means in the domain
     */
    <T> T write(Function<DSLContext, T> statements, Violation violation) {
        return dialect.write(units, () -> execute(statements, violation));
    }

    <T> T write(Function<DSLContext, T> statements) {
        return write(statements, Violation.none());
    }

    /**
     * The rows of {@code query}, each mapped straight from JDBC while the stream is consumed; closing the stream
     * releases them. In the thread's transaction the list reads through its connection; outside one it reads in
     * a read transaction of its own ({@link #streamInReadTransaction}).
     */
    <R extends Record, T> Stream<T> stream(Function<DSLContext, ResultQuery<R>> query, RowMapper<T> mapper) {
        return streamRows(dsl -> {
            Cursor<R> cursor = query.apply(dsl).fetchSize(FIRST_FETCH_SIZE).fetchLazy();
            return new CursorStream.Rows(cursor.resultSet(), cursor::close);
        }, mapper);
    }

    /** The rows of a statement rendered once, run with {@code values}; as {@link #stream(Function, RowMapper)}. */
    <T> Stream<T> stream(RenderedQuery<T> query, Object... values) {
        return streamRows(dsl -> query.open(dsl, FIRST_FETCH_SIZE, values), query.mapper());
    }

    private <T> Stream<T> streamRows(Function<DSLContext, CursorStream.Rows> open, RowMapper<T> mapper) {
        if (units.inUnit()) {
            // The thread's transaction owns the connection and has autocommit off already.
            return CursorStream.of(read(open), mapper, () -> { });
        }
        return streamInReadTransaction(open, mapper);
    }

    /**
     * A list made outside any transaction takes a connection of its own, turns autocommit off (PostgreSQL only reads
     * through a cursor, fetch size at a time, inside a transaction: without one its driver loads every row), readies
     * it as its database needs ({@link Dialect#beginStreamingRead}) and keeps both until the stream is closed.
     */
    private <T> Stream<T> streamInReadTransaction(Function<DSLContext, CursorStream.Rows> open, RowMapper<T> mapper) {
        Connection connection = acquire();
        try {
            connection.setAutoCommit(false);
            dialect.beginStreamingRead(connection);
            DSLContext dsl = configuration.derive(new DefaultConnectionProvider(connection)).dsl();
            return CursorStream.of(open.apply(dsl), mapper, () -> endReadTransaction(connection));
        } catch (SQLException | RuntimeException failure) {
            try {
                endReadTransaction(connection);
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw StorageErrors.translate(failure);
        }
    }

    private Connection acquire() {
        try {
            return pool.acquire();
        } catch (DataAccessException failure) {
            throw StorageErrors.translate(failure);
        }
    }

    /** Ends a read transaction and hands its connection back, whether or not every row was read. */
    private void endReadTransaction(Connection connection) {
        try {
            // A read changes nothing; rolling back also ends a transaction that a failed fetch aborted.
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException failure) {
            throw StorageErrors.translate(failure);
        } finally {
            try {
                pool.release(connection);
            } catch (DataAccessException failure) {
                throw StorageErrors.translate(failure);
            }
        }
    }

    private <T> T execute(Function<DSLContext, T> statements, Violation violation) {
        try {
            return statements.apply(units.dsl());
        } catch (DataAccessException failure) {
            units.refused();
            throw StorageErrors.translate(failure, violation);
        }
    }
}
