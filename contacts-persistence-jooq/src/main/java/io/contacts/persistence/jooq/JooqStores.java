package io.contacts.persistence.jooq;

import io.contacts.domain.model.StorageUnavailableException;
import io.contacts.domain.port.out.Stores;
import io.contacts.domain.port.out.Tallies;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Driven adapter: the entry point of the jOOQ store. Builds every storage port on one {@link DataSource}
 * (typically a connection pool the application owns and closes), migrates the schema, and answers
 * readiness probes. The adapters never read configuration or the environment.
 *
 * <pre>{@code
 * JooqStores storage = JooqStores.create(pool, Dialect.fromJdbcUrl(url));
 * storage.migrate();
 * Stores stores = storage.stores();
 * }</pre>
 *
 * <p>All ports of one instance share its transactions: inside {@code stores().transactions()
 * .inTransaction(…)}, every port call on that thread joins the one database transaction. Lists are
 * streams that hold a connection until closed, so close them (try-with-resources); a list made inside a
 * transaction reads through that transaction's connection, so consume it before the transaction ends.
 *
 * <p>Failures reach callers as the domain's outcomes: a database that cannot be reached, or that drops
 * the connection, is a {@link StorageUnavailableException} (its cause tells why, for the log); anything
 * unexpected is an {@link IllegalStateException}. No {@code SQLException} or jOOQ type crosses a port.
 */
public final class JooqStores {

    /**
     * Rate-limit events a node takes from the shared count at a time on PostgreSQL: a tenth of the round trips of
     * counting each request, for a refusal that may come while other nodes hold up to nine each (docs/scaling.md).
     */
    public static final int DEFAULT_LEASE = 10;

    private final DataSource dataSource;
    private final Database database;
    private final Stores stores;
    private final ReadinessProbe readiness;

    private JooqStores(DataSource dataSource, Dialect dialect, int leaseSize) {
        this.dataSource = dataSource;
        this.database = new Database(dataSource, dialect);
        this.stores = new Stores(new JooqAccounts(database), new JooqUsers(database), new JooqAccessTokens(database),
                new JooqClients(database), new JooqContacts(database), database.transactions(),
                tallies(database, leaseSize));
        this.readiness = new ReadinessProbe(database);
    }

    /** The store on {@code dataSource}, which must point at a database of the given dialect. Opens nothing yet. */
    public static JooqStores create(DataSource dataSource, Dialect dialect) {
        return create(dataSource, dialect, DEFAULT_LEASE);
    }

    /**
     * The same, with limits shared on PostgreSQL taken {@code leaseSize} events at a time (1: every event counted in
     * the database as it happens).
     */
    public static JooqStores create(DataSource dataSource, Dialect dialect, int leaseSize) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(dialect, "dialect");
        if (leaseSize < 1) {
            throw new IllegalArgumentException("leaseSize must be at least 1: " + leaseSize);
        }
        return new JooqStores(dataSource, dialect, leaseSize);
    }

    /**
     * Counted where every node of the service counts: PostgreSQL is shared by nodes; the embedded H2 serves one node,
     * which counts in memory.
     */
    private static Tallies tallies(Database database, int leaseSize) {
        return database.dialect() == Dialect.POSTGRES
                ? new SharedTallies(new TallyTable(database), Clock.systemUTC(), leaseSize)
                : Tallies.inMemory(Clock.systemUTC());
    }

    /**
     * Brings the schema up to date (Flyway); safe to call on every start, when it changes nothing.
     * Flyway holds up to three connections at once while it works, so the pool must allow that many.
     *
     * @return what it found and did: created the schema, applied some scripts, or nothing at all
     * @throws NewerSchemaException when a newer release migrated the database, which is then left as it is
     * @throws StorageUnavailableException when the database cannot be reached
     * @throws IllegalStateException with a one-line explanation when a script fails or the database's
     *         history does not match the scripts
     */
    public SchemaMigration migrate() {
        return Migrations.migrate(dataSource);
    }

    /**
     * Whether two connections of the pool turned out to share one database session: the database is reached through
     * a pooler that lends a session to each transaction in turn (PgBouncer's transaction mode), so state the driver
     * keeps in a session, such as its server-side prepared statements, does not stay with a connection. Never true
     * on a database reached directly; a pooler busy with other clients may go unseen.
     *
     * @throws StorageUnavailableException when the database cannot be reached
     */
    public boolean sharesSessions() {
        return SharedSessions.seen(dataSource, database.dialect());
    }

    /** The storage ports, all on this store. */
    public Stores stores() {
        return stores;
    }

    /** The database this store was created for. */
    public Dialect dialect() {
        return database.dialect();
    }

    /**
     * Whether the database answers a trivial query within {@code timeout}: for a readiness probe.
     * Never throws; any failure, including a full connection pool, is {@code false}.
     */
    public boolean isReachable(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return readiness.isReachable(timeout);
    }
}
