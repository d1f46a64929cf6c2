package io.contacts.persistence.jooq;

import io.contacts.domain.model.StorageUnavailableException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Driven adapter helper: brings a database's schema up to date with the Flyway scripts shipped in this jar. */
final class Migrations {

    /** Where the scripts live, in this module's resources: the one source of the schema. */
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /**
     * Applies the scripts not yet applied; with none pending this changes nothing.
     *
     * @return what was found and what was done
     *
     * @throws NewerSchemaException when a newer release migrated the database; nothing is changed then
     * @throws StorageUnavailableException when the database cannot be reached
     * @throws IllegalStateException when a script fails or the applied history does not match the scripts
     */
    static SchemaMigration migrate(DataSource dataSource) {
        Map<String, Integer> applied = SchemaHistory.applied(dataSource);
        SchemaHistory.refuseNewer(applied.keySet());
        if (SchemaHistory.isCurrent(applied)) {
            String current = SchemaHistory.latestVersion();
            return new SchemaMigration(Optional.of(current), current, 0);
        }
        MigrateResult result = flyway(dataSource);
        // A newer release may have migrated between the look above and Flyway's lock; Flyway applied nothing then.
        SchemaHistory.refuseNewer(Collections.singleton(result.initialSchemaVersion));
        Optional<String> from = Optional.ofNullable(result.initialSchemaVersion);
        String to = Optional.ofNullable(result.targetSchemaVersion).or(() -> from)
                .orElseGet(SchemaHistory::latestVersion);
        return new SchemaMigration(from, to, result.migrationsExecuted);
    }

    private static MigrateResult flyway(DataSource dataSource) {
        try {
            return Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    // A jar packaged without its scripts must not look like an up-to-date schema.
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException failure) {
            if (StorageErrors.isUnavailable(failure)) {
                throw new StorageUnavailableException("The database is unavailable, so its schema could not be "
                        + "migrated", failure);
            }
            throw new IllegalStateException("Database migration failed: " + oneLine(failure.getMessage()), failure);
        }
    }

    /** Flyway's messages span lines; a start-up error should read as one. */
    private static String oneLine(String message) {
        return message == null ? "(no detail)" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
