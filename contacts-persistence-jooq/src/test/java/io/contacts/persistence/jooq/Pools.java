package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Test helper: connection pools as the application builds them, including ones that can never connect. */
final class Pools {

    private Pools() {
    }

    static HikariDataSource open(String jdbcUrl, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    /**
     * A pool whose server is not there: built without failing, as a pool is when the database is down at
     * start, and giving up on each connection quickly.
     */
    static HikariDataSource unreachable() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort() + "/contacts?user=contacts");
        config.setMaximumPoolSize(1);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(250);
        return new HikariDataSource(config);
    }

    /** A local port nothing listens on: one the system just handed out and that was closed again. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
