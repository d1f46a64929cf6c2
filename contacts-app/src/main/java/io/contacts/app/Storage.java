package io.contacts.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.contacts.app.config.AppConfig;
import io.contacts.domain.port.out.Stores;
import io.contacts.persistence.jooq.Dialect;
import io.contacts.persistence.jooq.H2Sharing;
import io.contacts.persistence.jooq.JooqStores;
import io.contacts.persistence.jooq.SchemaMigration;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The database side of the app: a HikariCP pool sized from the configuration, and the jOOQ stores on it. */
final class Storage implements AutoCloseable {

    /** How long a request waits for a connection before the database counts as unavailable (a 503). */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration READY_PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final HikariDataSource pool;
    private final JooqStores stores;
    private final SchemaMigration migration;
    private Optional<H2Sharing> sharing = Optional.empty();

    private Storage(HikariDataSource pool, JooqStores stores, SchemaMigration migration) {
        this.pool = pool;
        this.stores = stores;
        this.migration = migration;
    }

    /**
     * Opens the pool (failing fast when the database cannot be reached) and migrates the schema.
     *
     * @throws StartFailure when the data directory cannot be written, the database cannot be opened, a newer
     *         release migrated it, or it is reached through a transaction pooler the URL does not allow for
     */
    static Storage open(AppConfig config, MeterRegistry registry) {
        config.dataDirectory().ifPresent(DataDirectory::prepare);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(config, registry));
        } catch (RuntimeException e) {
            throw StartFailures.database(e, config);
        }
        try {
            Dialect dialect = Dialect.fromJdbcUrl(config.dbUrl());
            JooqStores stores = JooqStores.create(pool, dialect, config.rateLimitLease());
            // Before the schema is touched: a node that cannot work there must change nothing.
            if (dialect == Dialect.POSTGRES && !preparesNoStatements(config.dbUrl()) && stores.sharesSessions()) {
                throw StartFailures.sharedSessions(config);
            }
            SchemaMigration migration = stores.migrate();
            return new Storage(pool, stores, migration);
        } catch (RuntimeException e) {
            pool.close();
            throw StartFailures.database(e, config);
        }
    }

    /**
     * Whether the configuration's embedded database is open in another process that shares it (a service): a second
     * service on it would work through the first and lose its database when the first stops.
     */
    static boolean servedByAnotherProcess(AppConfig config) {
        return !H2Sharing.urlToOpen(config.dbUrl()).equals(config.dbUrl());
    }

    /**
     * Lets administration commands in other processes work on the embedded database while this process has it
     * open; for PostgreSQL, or when this process itself works through another one's server, nothing to do.
     */
    void shareWithOtherProcesses() {
        if (sharing.isEmpty()) {
            sharing = H2Sharing.start(pool.getJdbcUrl());
        }
    }

    /** What opening the store did to its schema. */
    SchemaMigration migration() {
        return migration;
    }

    Stores stores() {
        return stores.stores();
    }

    boolean isReachable() {
        return stores.isReachable(READY_PROBE_TIMEOUT);
    }

    @Override
    public void close() {
        // Other processes first: their connections go through this pool's database.
        sharing.ifPresent(H2Sharing::close);
        pool.close();
    }

    /**
     * Whether the URL tells the driver to prepare no statement on the server ({@code prepareThreshold=0}): behind a
     * pooler that lends a session per transaction, one connection's prepared statement would meet another's.
     */
    private static boolean preparesNoStatements(String url) {
        int query = url.indexOf('?');
        return query >= 0 && Arrays.asList(url.substring(query + 1).split("&")).contains("prepareThreshold=0");
    }

    private static HikariConfig poolConfig(AppConfig config, MeterRegistry registry) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("contacts");
        // The embedded database another process has open and shares is reached through that process.
        hikari.setJdbcUrl(H2Sharing.urlToOpen(config.dbUrl()));
        config.dbUser().ifPresent(hikari::setUsername);
        config.dbPassword().ifPresent(hikari::setPassword);
        hikari.setMaximumPoolSize(config.dbPoolSize());
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        hikari.setValidationTimeout(Duration.ofSeconds(1).toMillis());
        hikari.setInitializationFailTimeout(CONNECTION_TIMEOUT.toMillis());
        if (config.dbUrl().startsWith("jdbc:postgresql:")) {
            // Bounded waits on the wire too: a dead server must not hang a request forever.
            hikari.addDataSourceProperty("connectTimeout", "3");
            hikari.addDataSourceProperty("socketTimeout", "60");
            hikari.addDataSourceProperty("tcpKeepAlive", "true");
        }
        hikari.setMetricRegistry(registry);
        return hikari;
    }
}
