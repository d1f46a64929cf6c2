package io.contacts.persistence.jooq;

import org.flywaydb.core.api.MigrationVersion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Driven adapter helper: tells, with one query and without Flyway's machinery, whether a database's schema history
 * already holds every script of this jar, applied successfully and unchanged, or a version newer than them all.
 * Flyway costs a fifth of a start even when it has nothing to do; a start on a current schema now skips it, and any
 * other answer but "newer" leaves the decision to Flyway.
 */
final class SchemaHistory {

    /** The scripts in {@code db/migration}, by file name: a test holds this list to what Flyway finds there. */
    static final List<String> SCRIPTS = List.of("V1__accounts_users_tokens_clients_contacts.sql",
            "V2__contacts_last_name_optional.sql", "V3__contact_counts.sql", "V4__tallies.sql");

    private static final String HISTORY = "flyway_schema_history";
    private static final String APPLIED = "select \"version\", \"checksum\" from \"" + HISTORY + "\" "
            + "where \"success\" and \"version\" is not null";

    private SchemaHistory() {
    }

    /** True when the history lists exactly this jar's scripts with their checksums; false when in any doubt. */
    static boolean isCurrent(DataSource dataSource) {
        return isCurrent(applied(dataSource));
    }

    /** True when {@code applied} ({@link #applied}) is exactly this jar's scripts with their checksums. */
    static boolean isCurrent(Map<String, Integer> applied) {
        return applied.equals(shipped());
    }

    /**
     * The versions the history lists as applied successfully, with their checksums; none without a history, or
     * when it cannot be read (Flyway then decides).
     */
    static Map<String, Integer> applied(DataSource dataSource) {
        Map<String, Integer> applied = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            // Looked up first: a query on a missing table would leave an error in H2's trace file on a first start.
            try (ResultSet table = connection.getMetaData().getTables(null, connection.getSchema(), HISTORY, null)) {
                if (!table.next()) {
                    return Map.of();
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(APPLIED)) {
                while (rows.next()) {
                    int checksum = rows.getInt(2);
                    applied.put(rows.getString(1), rows.wasNull() ? null : checksum);
                }
            }
        } catch (SQLException unreadable) {
            return Map.of();
        }
        return applied;
    }

    /**
     * Refuses a schema that a newer release migrated: Flyway would ignore the versions it does not know (its
     * default {@code *:future}) and let this release work on tables whose meaning changed.
     *
     * @throws NewerSchemaException when any of {@code versions} is newer than this jar's last script
     */
    static void refuseNewer(Collection<String> versions) {
        MigrationVersion known = MigrationVersion.fromVersion(latestVersion());
        versions.stream().filter(Objects::nonNull).map(MigrationVersion::fromVersion).max(Comparator.naturalOrder())
                .filter(newest -> newest.isNewerThan(known))
                .ifPresent(newest -> {
                    throw new NewerSchemaException(newest.getVersion(), known.getVersion());
                });
    }

    /** Versions and checksums of this jar's scripts; a script missing from the jar is a null checksum. */
    private static Map<String, Integer> shipped() {
        Map<String, Integer> scripts = new HashMap<>();
        for (String script : SCRIPTS) {
            scripts.put(version(script), checksum(script));
        }
        return scripts;
    }

    /** The version of this jar's last script: that of a current schema. */
    static String latestVersion() {
        return version(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    /** {@code V1_2__name.sql} is version {@code 1.2}, as Flyway records it. */
    static String version(String script) {
        return script.substring(1, script.indexOf("__")).replace('_', '.');
    }

    /**
     * Flyway's checksum of a script: a CRC-32 over its lines' UTF-8 bytes, without line ends or a byte-order mark;
     * null when the jar lacks the script.
     */
    static Integer checksum(String script) {
        InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream("db/migration/" + script);
        if (in == null) {
            return null;
        }
        CRC32 crc = new CRC32();
        try (in; BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }
}
