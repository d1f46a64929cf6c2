package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariDataSource;
import io.contacts.persistence.jooq.testing.PgBouncer;
import io.contacts.persistence.jooq.testing.PgBouncer.PoolMode;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store tells when its connections share database sessions — behind PgBouncer in transaction mode — and never
 * otherwise; and why that matters: there, the driver's server-side prepared statements of one connection meet those
 * of another, unless {@code prepareThreshold=0} keeps the driver from preparing any.
 */
class SharedSessionsTest {

    /** pgjdbc's default {@code prepareThreshold}: the use of one statement on which it prepares it on the server. */
    private static final int DRIVER_THRESHOLD = 5;

    @Test
    void behindPgBouncerInTransactionModeTheStoreSeesItsConnectionsShareSessions() {
        try (PostgresTestDatabase database = PostgresTestDatabase.started();
             PgBouncer bouncer = PgBouncer.start(database, PoolMode.TRANSACTION, 3);
             HikariDataSource pool = Pools.open(TestStore.withPrepareThresholdZero(bouncer.jdbcUrl()), 3)) {
            assertThat(JooqStores.create(pool, Dialect.POSTGRES).sharesSessions()).as(bouncer.log()).isTrue();
        }
    }

    @Test
    void reachedDirectlyOrThroughASessionPoolerEachConnectionIsASessionOfItsOwn() {
        try (PostgresTestDatabase database = PostgresTestDatabase.started();
             PgBouncer bouncer = PgBouncer.start(database, PoolMode.SESSION, 3);
             HikariDataSource direct = Pools.open(database.jdbcUrl(), 3);
             HikariDataSource sessions = Pools.open(bouncer.jdbcUrl(), 3);
             HikariDataSource h2 = Pools.open(H2Urls.memory("sessions-" + UUID.randomUUID()), 3)) {
            assertThat(JooqStores.create(direct, Dialect.POSTGRES).sharesSessions()).as("direct").isFalse();
            assertThat(JooqStores.create(sessions, Dialect.POSTGRES).sharesSessions()).as("session mode").isFalse();
            assertThat(JooqStores.create(h2, Dialect.H2).sharesSessions()).as("H2").isFalse();
        }
    }

    @Test
    void throughATransactionPoolerTheDriversPreparedStatementsClashUnlessPrepareThresholdIsZero() throws Exception {
        // One server session for both connections: what a busy pooler does to some of them, here every time.
        try (PostgresTestDatabase database = PostgresTestDatabase.started();
             PgBouncer bouncer = PgBouncer.start(database, PoolMode.TRANSACTION, 1)) {
            try (Connection first = DriverManager.getConnection(bouncer.jdbcUrl());
                 Connection second = DriverManager.getConnection(bouncer.jdbcUrl())) {
                useOneStatement(first, DRIVER_THRESHOLD);
                assertThatThrownBy(() -> useOneStatement(second, DRIVER_THRESHOLD))
                        .isInstanceOfSatisfying(SQLException.class, clash -> assertThat(clash.getSQLState())
                                .as(clash.getMessage()).isEqualTo("42P05"))
                        .hasMessageContaining("already exists");
            }

            String url = TestStore.withPrepareThresholdZero(bouncer.jdbcUrl());
            try (Connection first = DriverManager.getConnection(url);
                 Connection second = DriverManager.getConnection(url)) {
                useOneStatement(first, 2 * DRIVER_THRESHOLD);
                useOneStatement(second, 2 * DRIVER_THRESHOLD);
                useOneStatement(first, 2 * DRIVER_THRESHOLD);
            }
        }
    }

    /** Runs one statement {@code times}, each in a transaction of its own (autocommit), and checks its answer. */
    private static void useOneStatement(Connection connection, int times) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select ? + 1")) {
            for (int i = 0; i < times; i++) {
                statement.setInt(1, i);
                try (ResultSet answer = statement.executeQuery()) {
                    answer.next();
                    assertThat(answer.getInt(1)).isEqualTo(i + 1);
                }
            }
        }
    }
}
