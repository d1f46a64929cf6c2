package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariDataSource;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.port.out.Stores;
import io.contacts.domain.testdata.ClientTestData;
import io.contacts.domain.testdata.ContactTestData;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import static io.contacts.persistence.jooq.schema.Tables.CONTACT_COUNTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account's kept count of contacts on both databases: an upgraded database starts with the contacts it already
 * held counted, and an account whose count rows are missing (rows written around the store) is counted row by row.
 */
class KeptCountTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123456Z");

    @Test
    void anH2DatabaseUpgradedFromTheSchemaBeforeTheCountsCountsItsContacts() {
        try (HikariDataSource pool = Pools.open(H2Urls.memory("upgrade-" + UUID.randomUUID()), 3)) {
            upgradedDatabaseCountsWhatItHeld(pool, Dialect.H2);
        }
    }

    @Test
    void aPostgresDatabaseUpgradedFromTheSchemaBeforeTheCountsCountsItsContacts() {
        try (PostgresTestDatabase database = PostgresTestDatabase.started();
             HikariDataSource pool = Pools.open(database.jdbcUrl(), 3)) {
            upgradedDatabaseCountsWhatItHeld(pool, Dialect.POSTGRES);
        }
    }

    @Test
    void anH2AccountWithoutItsCountRowsIsCountedRowByRow() {
        try (HikariDataSource pool = Pools.open(H2Urls.memory("uncounted-" + UUID.randomUUID()), 3)) {
            accountWithoutCountRowsIsCounted(pool, Dialect.H2);
        }
    }

    @Test
    void aPostgresAccountWithoutItsCountRowsIsCountedRowByRow() {
        try (PostgresTestDatabase database = PostgresTestDatabase.started();
             HikariDataSource pool = Pools.open(database.jdbcUrl(), 3)) {
            accountWithoutCountRowsIsCounted(pool, Dialect.POSTGRES);
        }
    }

    private static void upgradedDatabaseCountsWhatItHeld(DataSource pool, Dialect dialect) {
        Flyway.configure().dataSource(pool).locations(Migrations.LOCATION).target("2").load().migrate();
        DSLContext sql = DSL.using(pool, dialect.sqlDialect(), Database.settings());
        sql.execute("insert into accounts (id, name, created_at) values (41, 'Upgraded', current_timestamp)");
        sql.execute("insert into clients (account_id, id, name, active, created_at, updated_at, version) "
                + "values (41, 1, 'Client', true, current_timestamp, current_timestamp, 1)");
        for (int contact = 1; contact <= 5; contact++) {
            sql.execute("insert into contacts (account_id, id, client_id, first_name, created_at, updated_at, version)"
                    + " values (41, ?, 1, 'Held', current_timestamp, current_timestamp, 1)", contact);
        }

        JooqStores storage = JooqStores.create(pool, dialect);
        storage.migrate();
        Stores stores = storage.stores();
        AccountId upgraded = AccountId.of(41);
        assertThat(stores.contacts().count(upgraded, ContactFilter.all())).isEqualTo(5);

        AccountId fresh = stores.accounts().add("Fresh", T0).id();
        addContacts(stores, fresh, 2);
        stores.contacts().remove(upgraded, ContactId.of(3), OptionalLong.empty());
        assertThat(stores.contacts().count(fresh, ContactFilter.all())).isEqualTo(2);
        assertThat(stores.contacts().count(upgraded, ContactFilter.all())).isEqualTo(4);
        // Kept, not counted: all 16 rows there, summing to the same.
        assertThat(kept(pool, dialect, fresh)).containsExactly(ContactCounts.SLOTS, 2L);
        assertThat(kept(pool, dialect, upgraded)).containsExactly(ContactCounts.SLOTS, 4L);
    }

    /** How many count rows the account has, and their sum. */
    private static List<Number> kept(DataSource pool, Dialect dialect, AccountId account) {
        var row = DSL.using(pool, dialect.sqlDialect(), Database.settings())
                .select(DSL.count(), DSL.sum(CONTACT_COUNTS.CONTACTS)).from(CONTACT_COUNTS)
                .where(CONTACT_COUNTS.ACCOUNT_ID.eq(account.value())).fetchSingle();
        return List.of(row.value1(), row.value2().longValue());
    }

    private static void accountWithoutCountRowsIsCounted(DataSource pool, Dialect dialect) {
        JooqStores storage = JooqStores.create(pool, dialect);
        storage.migrate();
        Stores stores = storage.stores();
        AccountId account = stores.accounts().add("Uncounted", T0).id();
        addContacts(stores, account, 3);
        DSL.using(pool, dialect.sqlDialect(), Database.settings())
                .deleteFrom(CONTACT_COUNTS).where(CONTACT_COUNTS.ACCOUNT_ID.eq(account.value())).execute();

        addContacts(stores, account, 1);

        assertThat(stores.contacts().count(account, ContactFilter.all())).isEqualTo(4);
    }

    private static void addContacts(Stores stores, AccountId account, int count) {
        var client = stores.clients().add(account, ClientTestData.aClient().build(), T0).id();
        for (int i = 0; i < count; i++) {
            stores.contacts().add(account, ContactTestData.aContact().forClient(client).build(), T0);
        }
    }
}
