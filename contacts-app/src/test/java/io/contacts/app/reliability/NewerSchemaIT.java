package io.contacts.app.reliability;

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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jar on a PostgreSQL database that a newer release has migrated (as in a rolling upgrade gone back):
 * {@code serve} and every command that opens the store stop with one line naming both versions and status 1, serve
 * nothing, and leave the schema and its data as they were.
 */
class NewerSchemaIT {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    private static final String HISTORY = "select installed_rank, version, script, checksum, success "
            + "from flyway_schema_history order by installed_rank";

    @TempDir
    Path workingDirectory;

    @Test
    void aSchemaANewerReleaseMigratedStopsServeAndEveryCommandThatOpensTheStoreInOneLine() throws Exception {
        Map<String, String> environment = Map.of("CONTACTS_HTTP_PORT", "0", "CONTACTS_DB_URL", POSTGRES.jdbcUrl());
        ServiceProcess.lastLineWith(workingDirectory, environment, null, "migrate");
        int known;
        List<String> history;
        try (Connection database = DriverManager.getConnection(POSTGRES.jdbcUrl())) {
            known = newestVersion(database);
            recordNewerScript(database, known + 1);
            history = rows(database, HISTORY);
        }
        String where = POSTGRES.jdbcUrl().split("\\?", 2)[0];
        String expected = "contacts: the schema of " + where + " is at version " + (known + 1) + ", newer than this "
                + "release knows (" + known + "): run a release that knows version " + (known + 1) + " or later\n";

        for (String[] command : new String[][] {{"serve"}, {"migrate"}, {"account", "create", "--name", "Acme"},
            {"token", "create", "--email", "a@b.example"}}) {
            try (ServiceProcess refused = ServiceProcess.start(workingDirectory, environment, command)) {
                assertThat(refused.awaitExit()).as(command[0]).isEqualTo(1);
                // A command still at work after a second says so first ("contacts: still …"); the failure is one line.
                assertThat(refused.errors().replaceAll("(?m)^contacts: still [^\n]*\n", "")).as(command[0])
                        .isEqualTo(expected);
                assertThat(refused.output()).as(command[0])
                        .noneMatch(line -> line.contains("listening on") || line.startsWith("\tat "));
                if (!command[0].equals("serve")) {
                    assertThat(refused.output()).as(command[0]).isEmpty();
                }
            }
        }

        try (Connection database = DriverManager.getConnection(POSTGRES.jdbcUrl())) {
            assertThat(rows(database, HISTORY)).isEqualTo(history);
            assertThat(rows(database, "select count(*) from accounts")).as("no first login, no account")
                    .containsExactly("0");
        }
    }

    private static int newestVersion(Connection database) throws SQLException {
        try (Statement statement = database.createStatement();
             ResultSet newest = statement.executeQuery("select max(cast(version as integer)) "
                     + "from flyway_schema_history where success")) {
            newest.next();
            return newest.getInt(1);
        }
    }

    /** What a newer release's start leaves in the history: one more script, applied successfully. */
    private static void recordNewerScript(Connection database, int version) throws SQLException {
        try (PreparedStatement insert = database.prepareStatement("insert into flyway_schema_history "
                + "(installed_rank, version, description, type, script, checksum, installed_by, execution_time, "
                + "success) select max(installed_rank) + 1, ?, 'a newer release', 'SQL', ?, 1, 'contacts', 1, true "
                + "from flyway_schema_history")) {
            insert.setString(1, Integer.toString(version));
            insert.setString(2, "V" + version + "__a_newer_release.sql");
            insert.executeUpdate();
        }
    }

    private static List<String> rows(Connection database, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = database.createStatement(); ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(column > 1 ? "|" : "").append(result.getString(column));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
