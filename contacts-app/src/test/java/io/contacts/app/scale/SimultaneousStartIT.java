package io.contacts.app.scale;

import io.contacts.app.ApiClient;
import io.contacts.app.ServiceProcess;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes started in the same moment on a new, empty PostgreSQL database, with the same settings: all three
 * come up and serve the one first login; one of them made the schema, every migration is applied once, and there
 * is one first account and one first user.
 */
class SimultaneousStartIT {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    private static final String EMAIL = "ops@simultaneous.example";
    private static final String PASSWORD = "the operator's password";

    @TempDir
    Path directory;

    @Test
    void threeNodesOnAnEmptyDatabaseAllServeAndTheSchemaAndFirstLoginAreMadeOnce() throws Exception {
        int applied;
        List<ServiceProcess> processes = ThreeNodes.startAtOnce(POSTGRES.jdbcUrl(), Map.of(
                "CONTACTS_BOOTSTRAP_EMAIL", EMAIL, "CONTACTS_BOOTSTRAP_PASSWORD", PASSWORD), directory);
        try {
            List<Integer> ports = new ArrayList<>();
            for (ServiceProcess process : processes) {
                ports.add(awaitPort(process));
            }
            for (int port : ports) {
                assertThat(ApiClient.basic(port, EMAIL, PASSWORD).get("/account/who_am_i").statusCode())
                        .as("the first login, on the node at port %d", port).isEqualTo(200);
            }
            assertThat(nodesSaying(processes, "Schema created at version")).as("nodes that made the schema")
                    .isEqualTo(1);
            applied = applied(processes);
            assertThat(nodesSaying(processes, "Schema upgraded")).as("nodes that upgraded it").isZero();
            assertThat(nodesSaying(processes, "First start: created the account")).as("nodes that made the first "
                    + "login").isEqualTo(1);
        } finally {
            ThreeNodes.stop(processes);
        }
        try (Connection db = DriverManager.getConnection(POSTGRES.jdbcUrl())) {
            Map<String, Long> versions = new TreeMap<>();
            try (ResultSet rows = db.createStatement().executeQuery("select version, count(*) from "
                    + "flyway_schema_history where version is not null and success group by version")) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getLong(2));
                }
            }
            assertThat(versions).as("applied migrations, each once").hasSize(applied)
                    .allSatisfy((version, times) -> assertThat(times).as("version %s", version).isEqualTo(1));
            assertThat(count(db, "select count(*) from flyway_schema_history where not success")).isZero();
            assertThat(count(db, "select count(*) from accounts")).as("accounts").isEqualTo(1);
            assertThat(count(db, "select count(*) from users")).as("users").isEqualTo(1);
        }
    }

    /** The node's port once it listens, or a failure with what it said if it stopped instead. */
    private static int awaitPort(ServiceProcess process) throws Exception {
        try {
            return process.awaitPort();
        } catch (AssertionError stopped) {
            throw new AssertionError(stopped.getMessage() + "\nstandard error:\n" + process.errors(), stopped);
        }
    }

    /** How many migrations the node that made the schema says it applied. */
    private static int applied(List<ServiceProcess> processes) {
        Pattern created = Pattern.compile("Schema created at version \\S+ \\((\\d+) migration");
        return processes.stream().flatMap(process -> process.output().stream()).map(created::matcher)
                .filter(Matcher::find).mapToInt(found -> Integer.parseInt(found.group(1))).findFirst().orElseThrow();
    }

    private static long nodesSaying(List<ServiceProcess> processes, String text) {
        return processes.stream().filter(process -> process.output().stream().anyMatch(line -> line.contains(text)))
                .count();
    }

    private static long count(Connection db, String query) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(query); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
