package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariDataSource;
import io.contacts.domain.model.Account;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scripts apply cleanly to an empty database of either kind, applying them again changes nothing, and a schema
 * a newer release migrated is refused, untouched.
 */
class MigrationTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123456Z");
    private static final String HISTORY = "select * from \"flyway_schema_history\" order by \"installed_rank\"";
    private static final String TABLES = "select table_schema, table_name from information_schema.tables "
            + "order by table_schema, table_name";

    @Test
    void anEmptyH2DatabaseIsMigratedOnceAndASecondMigrationIsANoOp() {
        try (HikariDataSource pool = Pools.open(H2Urls.memory("migration-" + UUID.randomUUID()), 3)) {
            migratesOnceAndThenChangesNothing(pool, Dialect.H2);
        }
    }

    @Test
    void anEmptyPostgresDatabaseIsMigratedOnceAndASecondMigrationIsANoOp() {
        try (PostgresTestDatabase database = PostgresTestDatabase.started();
             HikariDataSource pool = Pools.open(database.jdbcUrl(), 3)) {
            migratesOnceAndThenChangesNothing(pool, Dialect.POSTGRES);
        }
    }

    @Test
    void aDatabaseHoldingSomethingElseIsRefusedWithAOneLineReason() {
        try (HikariDataSource pool = Pools.open(H2Urls.memory("foreign-" + UUID.randomUUID()), 3)) {
            DSL.using(pool, Dialect.H2.sqlDialect()).createTable("legacy").column("id", SQLDataType.BIGINT).execute();

            assertThatThrownBy(() -> JooqStores.create(pool, Dialect.H2).migrate())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Database migration failed: ")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void anUpgradeSaysFromWhichVersionToWhichAndHowManyScriptsItApplied() {
        try (HikariDataSource pool = Pools.open(H2Urls.memory("upgrade-" + UUID.randomUUID()), 3)) {
            Flyway.configure().dataSource(pool).locations(Migrations.LOCATION).target("1").load().migrate();

            SchemaMigration upgrade = JooqStores.create(pool, Dialect.H2).migrate();

            assertThat(upgrade.fromVersion()).contains("1");
            assertThat(upgrade.version()).isEqualTo(SchemaHistory.latestVersion());
            assertThat(upgrade.applied()).isEqualTo(SchemaHistory.SCRIPTS.size() - 1);
            assertThat(upgrade.created()).isFalse();
        }
    }

    @Test
    void theScriptsAStartChecksAreTheScriptsFlywayFinds() {
        try (HikariDataSource pool = Pools.open(H2Urls.memory("scripts-" + UUID.randomUUID()), 3)) {
            assertThat(Arrays.stream(history(pool).all()).map(MigrationInfo::getScript))
                    .containsExactlyInAnyOrderElementsOf(SchemaHistory.SCRIPTS);
        }
    }

    @Test
    void aHistoryThatNoLongerMatchesTheScriptsIsLeftToFlywayWhichRefusesIt() {
        try (HikariDataSource pool = Pools.open(H2Urls.memory("changed-" + UUID.randomUUID()), 3)) {
            JooqStores storage = JooqStores.create(pool, Dialect.H2);
            storage.migrate();
            DSL.using(pool, Dialect.H2.sqlDialect())
                    .execute("update \"flyway_schema_history\" set \"checksum\" = \"checksum\" + 1");

            assertThat(SchemaHistory.isCurrent(pool)).isFalse();
            assertThatThrownBy(storage::migrate)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("checksum mismatch");
        }
    }

    @Test
    void anH2SchemaANewerReleaseMigratedIsRefusedNamingBothVersionsAndLeftAsItWas() {
        try (HikariDataSource pool = Pools.open(H2Urls.memory("newer-" + UUID.randomUUID()), 3)) {
            refusesASchemaANewerReleaseMigrated(pool, Dialect.H2);
        }
    }

    @Test
    void aPostgresSchemaANewerReleaseMigratedIsRefusedNamingBothVersionsAndLeftAsItWas() {
        try (PostgresTestDatabase database = PostgresTestDatabase.started();
             HikariDataSource pool = Pools.open(database.jdbcUrl(), 3)) {
            refusesASchemaANewerReleaseMigrated(pool, Dialect.POSTGRES);
        }
    }

    /** The history a newer release leaves: one more script than this jar has, applied successfully. */
    private static void refusesASchemaANewerReleaseMigrated(DataSource dataSource, Dialect dialect) {
        JooqStores storage = JooqStores.create(dataSource, dialect);
        storage.migrate();
        Account account = storage.stores().accounts().add("Kept", T0);
        String known = SchemaHistory.latestVersion();
        String newer = Integer.toString(Integer.parseInt(known) + 1);
        DSLContext sql = DSL.using(dataSource, dialect.sqlDialect());
        sql.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                + "select max(\"installed_rank\") + 1, ?, 'a newer release', 'SQL', ?, 1, 'test', 1, true "
                + "from \"flyway_schema_history\"", newer, "V" + newer + "__a_newer_release.sql");
        Result<?> history = sql.fetch(HISTORY);
        Result<?> tables = sql.fetch(TABLES);

        assertThatThrownBy(storage::migrate)
                .isInstanceOfSatisfying(NewerSchemaException.class, refused -> {
                    assertThat(refused.databaseVersion()).isEqualTo(newer);
                    assertThat(refused.knownVersion()).isEqualTo(known);
                })
                .hasMessage("The database's schema is at version " + newer + ", newer than this release knows ("
                        + known + ")");

        assertThat(sql.fetch(HISTORY)).isEqualTo(history);
        assertThat(sql.fetch(TABLES)).isEqualTo(tables);
        assertThat(storage.stores().accounts().find(account.id())).contains(account);
    }

    private static void migratesOnceAndThenChangesNothing(DataSource dataSource, Dialect dialect) {
        JooqStores storage = JooqStores.create(dataSource, dialect);
        assertThat(history(dataSource).pending()).isNotEmpty();
        assertThat(SchemaHistory.isCurrent(dataSource)).as("current before any migration").isFalse();

        SchemaMigration created = storage.migrate();
        // Flyway recorded what a start compares against: the same versions and checksums, so restarts skip it.
        assertThat(SchemaHistory.isCurrent(dataSource)).as("current after the migration").isTrue();
        int applied = history(dataSource).applied().length;
        String latest = SchemaHistory.version(SchemaHistory.SCRIPTS.get(SchemaHistory.SCRIPTS.size() - 1));
        assertThat(created).isEqualTo(new SchemaMigration(Optional.empty(), latest, SchemaHistory.SCRIPTS.size()));
        assertThat(created.created()).isTrue();
        Account account = storage.stores().accounts().add("Kept", T0);
        SchemaMigration again = storage.migrate();
        assertThat(again).isEqualTo(new SchemaMigration(Optional.of(latest), latest, 0));
        assertThat(again.changed()).isFalse();

        MigrationInfoService after = history(dataSource);
        assertThat(after.pending()).isEmpty();
        assertThat(after.applied()).hasSize(applied);
        assertThat(storage.stores().accounts().find(account.id())).contains(account);
    }

    private static MigrationInfoService history(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(Migrations.LOCATION).load().info();
    }
}
