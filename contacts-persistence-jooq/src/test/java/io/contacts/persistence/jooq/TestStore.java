package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariDataSource;
import io.contacts.domain.port.out.Stores;
import io.contacts.persistence.jooq.testing.PgBouncer;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Test fixture: a migrated store for one test class (and its nested classes), on an in-memory H2
 * database or on a throw-away PostgreSQL database, reached directly or through a PgBouncer in transaction mode,
 * behind a real connection pool. Everything it opened is closed after the class.
 */
final class TestStore implements BeforeAllCallback, AfterAllCallback {

    /**
     * Enough connections for the contract's concurrent tests (and Flyway, which holds up to three), few
     * enough that leaked ones soon exhaust the pool.
     */
    static final int POOL_SIZE = 10;

    /**
     * The server connections PgBouncer lends the pool: fewer than its connections, so that they share sessions, and
     * enough that the contracts' concurrent transactions seldom queue for one.
     */
    private static final int SERVER_CONNECTIONS = 4;

    private final Dialect dialect;
    private final boolean pooled;
    /** What to close after the class, most recent first: pools before the databases they point at. */
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private Class<?> owner;
    private HikariDataSource pool;
    private JooqStores jooqStores;

    private TestStore(Dialect dialect, boolean pooled) {
        this.dialect = dialect;
        this.pooled = pooled;
    }

    static TestStore h2() {
        return new TestStore(Dialect.H2, false);
    }

    static TestStore postgres() {
        return new TestStore(Dialect.POSTGRES, false);
    }

    /** PostgreSQL through PgBouncer in transaction mode, the driver told to prepare no statement on the server. */
    static TestStore pgBouncer() {
        return new TestStore(Dialect.POSTGRES, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Nested classes inherit the extension; the outermost class owns the store.
        if (owner != null) {
            return;
        }
        owner = context.getRequiredTestClass();
        pool = newPool(newDatabase(), POOL_SIZE);
        jooqStores = JooqStores.create(pool, dialect);
        jooqStores.migrate();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (context.getRequiredTestClass() != owner) {
            return;
        }
        Exception failure = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                failure = e;
            }
        }
        owner = null;
        if (failure != null) {
            throw failure;
        }
    }

    HikariDataSource pool() {
        return pool;
    }

    JooqStores jooqStores() {
        return jooqStores;
    }

    Stores stores() {
        return jooqStores.stores();
    }

    /** A migrated store on a database of its own, empty; closed with this fixture. */
    Stores freshStores() {
        JooqStores fresh = JooqStores.create(newPool(newDatabase(), 3), dialect);
        fresh.migrate();
        return fresh.stores();
    }

    /** An empty database of this fixture's kind, not migrated; its URL. */
    private String newDatabase() {
        if (dialect == Dialect.H2) {
            return H2Urls.memory("contacts-" + UUID.randomUUID());
        }
        PostgresTestDatabase database = new PostgresTestDatabase();
        database.start();
        opened.push(database);
        if (!pooled) {
            return database.jdbcUrl();
        }
        PgBouncer bouncer = PgBouncer.start(database, PgBouncer.PoolMode.TRANSACTION, SERVER_CONNECTIONS);
        opened.push(bouncer);
        return withPrepareThresholdZero(bouncer.jdbcUrl());
    }

    /** {@code url} with {@code prepareThreshold=0} added: what a URL through a transaction pooler needs. */
    static String withPrepareThresholdZero(String url) {
        return url + (url.contains("?") ? "&" : "?") + "prepareThreshold=0";
    }

    /** Another pool on {@code url}; closed with this fixture. */
    private HikariDataSource newPool(String url, int size) {
        HikariDataSource created = Pools.open(url, size);
        opened.push(created);
        return created;
    }
}
