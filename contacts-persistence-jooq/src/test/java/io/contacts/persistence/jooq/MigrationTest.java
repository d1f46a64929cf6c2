package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariDataSource;
import io.contacts.domain.model.Account;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
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

/** The scripts apply cleanly to an empty database of either kind, and applying them again changes nothing. */
class MigrationTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123456Z");

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
