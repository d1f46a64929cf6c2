package io.contacts.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.contacts.app.config.AppConfig;
import io.contacts.domain.port.out.Stores;
import io.contacts.persistence.jooq.Dialect;
import io.contacts.persistence.jooq.H2Sharing;
import io.contacts.persistence.jooq.JooqStores;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.Optional;

/** The database side of the app: a HikariCP pool sized from the configuration, and the jOOQ stores on it. */
final class Storage implements AutoCloseable {

    /** How long a request waits for a connection before the database counts as unavailable (a 503). */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration READY_PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final HikariDataSource pool;
    private final JooqStores stores;
    private Optional<H2Sharing> sharing = Optional.empty();

    private Storage(HikariDataSource pool, JooqStores stores) {
        this.pool = pool;
        this.stores = stores;
    }

    /** Opens the pool (failing fast when the database cannot be reached) and migrates the schema. */
    static Storage open(AppConfig config, MeterRegistry registry) {
        HikariDataSource pool = new HikariDataSource(poolConfig(config, registry));
        try {
            JooqStores stores = JooqStores.create(pool, Dialect.fromJdbcUrl(config.dbUrl()));
            stores.migrate();
            return new Storage(pool, stores);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
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
