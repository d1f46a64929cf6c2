package io.contacts.app.reliability;

import io.contacts.app.ApiClient;
import io.contacts.app.ServiceProcess;
import io.contacts.persistence.jooq.testing.PgBouncer;
import io.contacts.persistence.jooq.testing.PgBouncer.PoolMode;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jar behind PgBouncer in transaction mode, as in docs/operations.md (Connection poolers): without
 * {@code prepareThreshold=0} in the URL every start is refused in one line before the schema is touched; with it,
 * nodes migrate through the pooler at once and then serve as one service — writes, reads in XML and JSON, v2 pages
 * and a list long enough to stream, while more application connections than server sessions take turns.
 */
class PgBouncerIT {

    /** Fewer than one node's pool (10): the nodes' connections take turns on them. */
    private static final int SERVER_CONNECTIONS = 3;
    private static final String EMAIL = "admin@example.com";
    private static final String PASSWORD = "pooled nodes password";

    @TempDir
    Path workingDirectory;

    @Test
    void withoutPrepareThresholdZeroEveryStartThroughTheTransactionPoolerIsRefusedInOneLineAndChangesNothing()
            throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.started();
             PgBouncer bouncer = PgBouncer.start(database, PoolMode.TRANSACTION, SERVER_CONNECTIONS)) {
            Map<String, String> environment = Map.of("CONTACTS_HTTP_PORT", "0", "CONTACTS_DB_URL", bouncer.jdbcUrl());
            String expected = "contacts: " + bouncer.jdbcUrl().split("\\?", 2)[0] + " is reached through a "
                    + "transaction pooler (two connections ran in one server session), where the driver's prepared "
                    + "statements would clash: add prepareThreshold=0 to CONTACTS_DB_URL (docs/operations.md, "
                    + "Connection poolers)\n";
            for (String command : List.of("serve", "migrate")) {
                try (ServiceProcess refused = ServiceProcess.start(workingDirectory, environment, command)) {
                    assertThat(refused.awaitExit()).as(command).isEqualTo(1);
                    assertThat(refused.errors().replaceAll("(?m)^contacts: still [^\n]*\n", "")).as(command)
                            .isEqualTo(expected);
                    assertThat(refused.output()).as(command).noneMatch(line -> line.contains("listening on"));
                }
            }
            try (Connection direct = DriverManager.getConnection(database.jdbcUrl());
                 ResultSet tables = direct.getMetaData().getTables(null, "public", "%", null)) {
                assertThat(tables.next()).as("a table in the database").isFalse();
            }
        }
    }

    @Test
    void withPrepareThresholdZeroTwoNodesMigrateThroughThePoolerAndServeAsOne() throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.started();
             PgBouncer bouncer = PgBouncer.start(database, PoolMode.TRANSACTION, SERVER_CONNECTIONS)) {
            Map<String, String> environment = new HashMap<>(Map.of("CONTACTS_HTTP_PORT", "0",
                    "CONTACTS_DB_URL", bouncer.jdbcUrl() + "&prepareThreshold=0", "CONTACTS_RATE_LIMIT", "off",
                    "CONTACTS_BOOTSTRAP_EMAIL", EMAIL, "CONTACTS_BOOTSTRAP_PASSWORD", PASSWORD));
            migrateTwiceAtOnce(environment, bouncer);
            // One after the other: the first start on a database without an account makes the first login, and
            // two such starts at once would both try (docs/operations.md, Several nodes).
            try (ServiceProcess first = ServiceProcess.start(workingDirectory, environment)) {
                int firstPort = first.awaitPort();
                try (ServiceProcess second = ServiceProcess.start(workingDirectory, environment)) {
                    List<ApiClient> nodes = List.of(ApiClient.basic(firstPort, EMAIL, PASSWORD),
                            ApiClient.basic(second.awaitPort(), EMAIL, PASSWORD));
                    servesAsOne(nodes, environment);
                    assertThat(second.output()).as(bouncer.log()).noneMatch(line -> line.contains(" ERROR "));
                }
                assertThat(first.output()).as(bouncer.log()).noneMatch(line -> line.contains(" ERROR "));
            }
        }
    }

    private void servesAsOne(List<ApiClient> nodes, Map<String, String> environment) throws Exception {
        String token = ServiceProcess.lastLineWith(workingDirectory, environment, null, "token", "create", "--email",
                EMAIL);
        long client = PooledTraffic.aContactsLifeAcrossNodes(nodes);
        PooledTraffic.createContacts(nodes, client, PooledTraffic.CONTACTS);
        PooledTraffic.listsAndPagesAgree(nodes, token, client);
    }

    /** Two nodes' releases migrating one empty database at the same moment: Flyway's lock holds through the pooler. */
    private void migrateTwiceAtOnce(Map<String, String> environment, PgBouncer bouncer) throws Exception {
        try (ServiceProcess one = ServiceProcess.start(workingDirectory, environment, "migrate");
             ServiceProcess other = ServiceProcess.start(workingDirectory, environment, "migrate")) {
            assertThat(one.awaitExit()).as(one.errors() + bouncer.log()).isZero();
            assertThat(other.awaitExit()).as(other.errors() + bouncer.log()).isZero();
            List<String> said = List.of(one.output().get(0), other.output().get(0));
            assertThat(said).as("one created the schema, the other found it made")
                    .anyMatch(line -> line.startsWith("Created the schema in"))
                    .anyMatch(line -> line.startsWith("Schema is up to date in"));
        }
    }
}
