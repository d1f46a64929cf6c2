package io.contacts.persistence.jooq.testing;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PostgreSQL fixture makes and drops its own database, and tells a missing server apart. */
class PostgresTestDatabaseTest {

    @Test
    void aDatabaseIsCreatedForTheFixtureAndDroppedWhenClosed() throws SQLException {
        PostgresTestDatabase database = PostgresTestDatabase.started();
        String url = database.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(url)) {
            assertThat(connection.getCatalog()).isEqualTo(database.databaseName());
        }

        database.close();

        assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class);
    }

    @Test
    void theDatabaseReplacesTheOneInTheServerUrlKeepingItsParameters() {
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", "t1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/t1?user=postgres");
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://db.example.com/", "t1"))
                .isEqualTo("jdbc:postgresql://db.example.com/t1");
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://db.example.com", "t1"))
                .isEqualTo("jdbc:postgresql://db.example.com/t1");
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql:postgres?user=me&password=pw", "t1"))
                .isEqualTo("jdbc:postgresql:t1?user=me&password=pw");
    }

    @Test
    void noServerSkipsTheTestUnlessPostgresIsRequired() throws IOException {
        PostgresTestDatabase nowhere = new PostgresTestDatabase(
                "jdbc:postgresql://127.0.0.1:" + closedPort() + "/postgres?user=postgres");
        String required = System.getProperty(PostgresTestDatabase.REQUIRED_PROPERTY);
        try {
            System.setProperty(PostgresTestDatabase.REQUIRED_PROPERTY, "false");
            assertThatThrownBy(nowhere::start).isInstanceOf(TestAbortedException.class);

            System.setProperty(PostgresTestDatabase.REQUIRED_PROPERTY, "true");
            assertThatThrownBy(nowhere::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(PostgresTestDatabase.URL_VARIABLE);
        } finally {
            if (required == null) {
                System.clearProperty(PostgresTestDatabase.REQUIRED_PROPERTY);
            } else {
                System.setProperty(PostgresTestDatabase.REQUIRED_PROPERTY, required);
            }
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
