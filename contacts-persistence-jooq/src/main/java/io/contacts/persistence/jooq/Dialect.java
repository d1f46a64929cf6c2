package io.contacts.persistence.jooq;

import io.contacts.domain.port.out.Transactions;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Driven adapter: the databases this store runs on, how a JDBC URL names each, and every way in which the
 * adapters must treat them differently.
 */
public enum Dialect {

    POSTGRES("jdbc:postgresql:", SQLDialect.POSTGRES, "select pg_backend_pid()") {
        /**
         * A write is one statement, atomic on its own: outside a transaction it runs in autocommit (one round
         * trip); inside one it simply takes part, and a refusal aborts that transaction.
         */
        @Override
        <T> T write(Transactions units, Supplier<T> write) {
            return write.get();
        }

        /** PostgreSQL runs an {@code INSERT}, {@code UPDATE} or {@code DELETE} inside a {@code WITH}, to completion. */
        @Override
        boolean changesDataInWith() {
            return true;
        }

        /** PostgreSQL's foreign-key check locks the referenced row itself. */
        @Override
        boolean holdReferencedRow(DSLContext dsl, RenderedQuery<?> lock, Object... key) {
            return true;
        }

        /** PostgreSQL reads through a cursor, fetch size at a time, once autocommit is off: nothing more to ask. */
        @Override
        void beginStreamingRead(Connection connection) {
        }

        /**
         * A transaction-scoped advisory lock: nodes sharing the database each run their first start's bootstrap,
         * and under read committed two of them would both find no account and both add one.
         */
        @Override
        void holdFirstAccountLock(DSLContext dsl) {
            dsl.fetch("select pg_advisory_xact_lock(?)", FIRST_ACCOUNT_LOCK);
        }

        /** PostgreSQL aborted the unit at the refusal, and its commit would roll back without a word. */
        @Override
        void endUnitAfterRefusedWrite() {
            throw new IllegalStateException("A unit of work carried on after a write the database refused; "
                    + "PostgreSQL had aborted it, so none of its writes were kept");
        }
    },

    H2("jdbc:h2:", SQLDialect.H2, "select session_id()") {
        /**
         * A write is a unit of its own (a transaction, or a savepoint inside the thread's): H2 keeps the row of a
         * refused {@code INSERT … RETURNING} (run as {@code SELECT … FROM FINAL TABLE (INSERT …)}) unless a unit
         * around it is rolled back, and a write may hold a referenced row first ({@link #holdReferencedRow}).
         */
        @Override
        <T> T write(Transactions units, Supplier<T> write) {
            return units.inTransaction(write);
        }

        /** H2's {@code WITH} holds queries only: a write's follow-up is a statement of its own, in its unit. */
        @Override
        boolean changesDataInWith() {
            return false;
        }

        /**
         * H2 checks a foreign key without locking the referenced row, so a row deleted by a concurrent transaction
         * would otherwise pass its own "nothing refers to me" check and leave the referring row dangling.
         */
        @Override
        boolean holdReferencedRow(DSLContext dsl, RenderedQuery<?> lock, Object... key) {
            return lock.fetchOptional(dsl, key).isPresent();
        }

        /**
         * H2 computes a whole result before its first row unless the session executes queries lazily; lazily, a
         * list read in index order streams like a cursor and holds no more of it in memory than a fetch.
         */
        @Override
        void beginStreamingRead(Connection connection) throws SQLException {
            try (Statement lazily = connection.createStatement()) {
                lazily.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
        }

        /**
         * Nothing to hold: one process serves an embedded database (a second {@code serve} is refused), and it
         * bootstraps once; H2 has no lock of a transaction's length on what does not exist yet.
         */
        @Override
        void holdFirstAccountLock(DSLContext dsl) {
        }

        /** H2 undid the refused write alone (its own unit, {@link #write}); the rest of the unit stands. */
        @Override
        void endUnitAfterRefusedWrite() {
        }
    };

    /** The advisory lock's key on PostgreSQL: "contacts" in ASCII, apart from Flyway's, which hash its table. */
    private static final long FIRST_ACCOUNT_LOCK = 0x636f6e7461637473L;
    /** "jdbc:" and the subprotocol: the part of a URL that is safe to repeat in a message. */
    private static final Pattern JDBC_SCHEME = Pattern.compile("(?i)jdbc:[a-z0-9]{1,30}:");

    private final String urlPrefix;
    private final SQLDialect sqlDialect;
    private final String sessionQuery;

    Dialect(String urlPrefix, SQLDialect sqlDialect, String sessionQuery) {
        this.urlPrefix = urlPrefix;
        this.sqlDialect = sqlDialect;
        this.sessionQuery = sessionQuery;
    }

    /**
     * The database a JDBC URL points at.
     *
     * @throws IllegalArgumentException naming the accepted prefixes, for a URL of any other database
     */
    public static Dialect fromJdbcUrl(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        for (Dialect dialect : values()) {
            if (jdbcUrl.regionMatches(true, 0, dialect.urlPrefix, 0, dialect.urlPrefix.length())) {
                return dialect;
            }
        }
        // Only the scheme is echoed: the rest of a URL may carry a password.
        throw new IllegalArgumentException("Unsupported database URL (" + scheme(jdbcUrl)
                + "): expected one starting with " + acceptedPrefixes());
    }

    /** The URL prefix that selects this database, e.g. {@code jdbc:postgresql:}. */
    public String urlPrefix() {
        return urlPrefix;
    }

    SQLDialect sqlDialect() {
        return sqlDialect;
    }

    /** A query whose one value tells the database session that runs it from any other open at the same time. */
    String sessionQuery() {
        return sessionQuery;
    }

    /** Runs one writing statement (or a few that stand or fall together) as this database needs it run. */
    abstract <T> T write(Transactions units, Supplier<T> write);

    /**
     * Whether one statement may change several tables (a data-changing {@code WITH}): then a write and what it
     * entails, such as an account's count of contacts, go to the database in one round trip.
     */
    abstract boolean changesDataInWith();

    /**
     * Locks the row that {@code lock} (a {@code SELECT … FOR UPDATE} of it) finds by {@code key} until the unit
     * ends, where a foreign-key check on this database does not: call it before writing a row that refers to it,
     * or before checking that none does.
     *
     * @return false only when the row is known to be missing
     */
    abstract boolean holdReferencedRow(DSLContext dsl, RenderedQuery<?> lock, Object... key);

    /** Readies a connection, autocommit already off, to stream a long list without holding it all in memory. */
    abstract void beginStreamingRead(Connection connection) throws SQLException;

    /**
     * Makes every other transaction that calls this on the same database wait, until the calling one ends, before
     * it may ask whether the store has its first account.
     */
    abstract void holdFirstAccountLock(DSLContext dsl);

    /** Ends, or lets end normally, a unit whose work carried on after a write the database refused. */
    abstract void endUnitAfterRefusedWrite();

    private static String acceptedPrefixes() {
        return Arrays.stream(values()).map(Dialect::urlPrefix).collect(Collectors.joining(" or "));
    }

    private static String scheme(String jdbcUrl) {
        Matcher scheme = JDBC_SCHEME.matcher(jdbcUrl);
        return scheme.lookingAt() ? scheme.group() + "…" : "not a jdbc: URL";
    }
}
