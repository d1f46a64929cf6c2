package io.contacts.persistence.jooq;

import org.jooq.Configuration;
import org.jooq.ConnectionCallable;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

import javax.sql.DataSource;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Driven adapter helper: one store's database as the adapters use it. Statements join the calling
 * thread's transaction when there is one; lists stream from a server-side cursor; every failure leaves
 * here already translated into the domain's terms.
 */
final class Database {

    /**
     * Rows per round trip while a list streams: enough to amortise the round trip, few enough that a
     * batch of the widest rows stays well under a megabyte.
     */
    static final int FETCH_SIZE = 500;
    /**
     * Rows of a list's first round trip: about what an answer held in memory takes (32 KiB of XML). Most lists
     * are shorter and take one round trip; a long one then reads {@link #FETCH_SIZE} at a time
     * ({@link CursorStream}); one refused once it outgrows memory (too many streaming) has read little for it.
     */
    static final int FIRST_FETCH_SIZE = 64;

    private final Dialect dialect;
    private final DSLContext dsl;
    private final ReadTransactions ownReads;
    private final TransactionConnections transactionConnections;
    /**
     * The innermost transaction of the calling thread, if any. jOOQ does not tell, and a nested unit must
     * begin from it (to become a savepoint) rather than from the store's configuration.
     */
    private final ThreadLocal<Configuration> currentTransaction = new ThreadLocal<>();
    /**
     * Whether the innermost unit of the calling thread met a write the database refused. On PostgreSQL that
     * unit is then aborted, and its commit would roll back without a word; it must end with an exception.
     */
    private final ThreadLocal<boolean[]> refusedInUnit = new ThreadLocal<>();

    Database(DataSource dataSource, Dialect dialect) {
        DataSourceConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
        this.transactionConnections = new TransactionConnections(connections);
        this.dialect = dialect;
        this.ownReads = new ReadTransactions(connections, dialect.sqlDialect(), settings());
        Configuration configuration = new DefaultConfiguration()
                .set(dialect.sqlDialect())
                .set(settings())
                // Thread-bound transactions: every adapter on this store joins the thread's transaction
                // without being handed a context; nested units become savepoints.
                .set(new ThreadLocalTransactionProvider(transactionConnections, true));
        this.dsl = DSL.using(configuration);
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

    /** Runs reading statements in the thread's transaction, or each on its own when there is none. */
    <T> T read(Function<DSLContext, T> statements) {
        return execute(statements, Violation.none());
    }

    /**
     * The SQL of a statement, rendered once with a placeholder per bind value, for a statement that runs on
     * every request: building and rendering it each time cost more than the database took to answer it.
     */
    String render(Function<DSLContext, ? extends QueryPart> statement) {
        return dsl.render(statement.apply(dsl));
    }

    /** Runs JDBC work on the connection statements use now: the thread's transaction's, or one of its own. */
    <T> T jdbc(ConnectionCallable<T> work) {
        return read(context -> context.connectionResult(work));
    }

    /**
     * Runs a write. On PostgreSQL a write is one statement, atomic on its own: outside a transaction it runs in
     * autocommit (one round trip), inside one it simply takes part — a refusal there aborts the transaction,
     * which the refusal's exception then ends (PostgreSQL would not commit it anyway). On H2 a write is a unit
     * of its own — a transaction, or a savepoint inside the thread's — because H2 keeps the row of a refused
     * {@code INSERT … RETURNING} (run as {@code SELECT … FROM FINAL TABLE (INSERT …)}) unless a unit around it
     * is rolled back, and because its writes may hold a client row first (see {@code JooqContacts}).
     *
     * @param violation what a constraint violation the write may cause means in the domain
     */
    <T> T write(Function<DSLContext, T> statements, Violation violation) {
        if (dialect == Dialect.H2) {
            return inTransaction(() -> execute(statements, violation));
        }
        return execute(statements, violation);
    }

    <T> T write(Function<DSLContext, T> statements) {
        return write(statements, Violation.none());
    }

    /**
     * Runs {@code work} in one transaction; an exception from it rolls back and is rethrown as it is.
     * Within a transaction, this opens a nested one (a savepoint).
     */
    <T> T inTransaction(Supplier<T> work) {
        Configuration outer = currentTransaction.get();
        DSLContext context = outer == null ? dsl : outer.dsl();
        try {
            if (outer != null) {
                return context.transactionResult(configuration -> inScope(configuration, work));
            }
            return transactionConnections.transaction(
                    () -> context.transactionResult(configuration -> inScope(configuration, work)));
        } catch (DataAccessException failure) {
            // Only failures to begin, commit or roll back get here: the adapters translate their own.
            throw StorageErrors.translate(failure);
        }
    }

    /**
     * The rows of {@code query}, read while the stream is consumed; closing the stream releases them.
     * PostgreSQL only reads through a cursor, fetch size at a time, inside a transaction; so a list made
     * outside one runs in a read transaction of its own, holding its connection until it is closed.
     */
    <R extends Record, T> Stream<T> stream(Function<DSLContext, ResultQuery<R>> query,
                                           RecordMapper<? super R, ? extends T> mapper) {
        return open(query, (cursor, release) -> CursorStream.of(cursor, mapper, release));
    }

    /** The same, each row mapped straight from JDBC: for the lists that run to millions of rows. */
    <R extends Record, T> Stream<T> streamRows(Function<DSLContext, ResultQuery<R>> query, RowMapper<T> mapper) {
        return open(query, (cursor, release) -> CursorStream.ofRows(cursor, mapper, release));
    }

    private <R extends Record, T> Stream<T> open(Function<DSLContext, ResultQuery<R>> query,
                                                 BiFunction<Cursor<R>, Runnable, Stream<T>> rows) {
        if (currentTransaction.get() != null) {
            // The thread's transaction owns the connection and has autocommit off already.
            Cursor<R> cursor = read(context -> query.apply(context).fetchSize(FIRST_FETCH_SIZE).fetchLazy());
            return rows.apply(cursor, () -> { });
        }
        return ownReads.stream(query, rows);
    }

    private <T> T execute(Function<DSLContext, T> statements, Violation violation) {
        try {
            return statements.apply(dsl);
        } catch (DataAccessException failure) {
            boolean[] refused = refusedInUnit.get();
            if (refused != null) {
                refused[0] = true;
            }
            throw StorageErrors.translate(failure, violation);
        }
    }

    private <T> T inScope(Configuration transaction, Supplier<T> work) {
        Configuration outer = currentTransaction.get();
        boolean[] outerRefused = refusedInUnit.get();
        boolean[] refused = {false};
        currentTransaction.set(transaction);
        refusedInUnit.set(refused);
        try {
            T result = work.get();
            if (refused[0] && dialect == Dialect.POSTGRES) {
                // Thrown inside the unit, so it is rolled back, and the caller learns its writes are not kept.
                throw new IllegalStateException("A unit of work carried on after a write the database refused; "
                        + "PostgreSQL had aborted it, so none of its writes were kept");
            }
            return result;
        } finally {
            if (outer == null) {
                currentTransaction.remove();
                refusedInUnit.remove();
            } else {
                currentTransaction.set(outer);
                refusedInUnit.set(outerRefused);
            }
        }
    }
}
