package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariDataSource;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.StorageUnavailableException;
import io.contacts.domain.port.out.Stores;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database that cannot be reached, or goes away, is the domain's "storage unavailable", never an SQL error. */
class UnavailableStorageTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123456Z");

    @Test
    void aConnectionThePoolClosedAfterAConnectionErrorMeansUnavailable() {
        // HikariCP's closed proxy, met at commit after jOOQ ignored a failed savepoint release.
        SQLException closed = new SQLException("Connection is closed");

        assertThat(StorageErrors.isUnavailable(new DataAccessException("Cannot commit transaction", closed))).isTrue();
        assertThat(StorageErrors.isUnavailable(new SQLException("Connection is closed", "42000"))).isFalse();
        assertThat(StorageErrors.isUnavailable(new SQLException("Something else"))).isFalse();
    }

    @Test
    void everyKindOfCallReportsTheStorageUnavailableWhenNoConnectionCanBeHad() {
        try (HikariDataSource pool = Pools.unreachable()) {
            Stores stores = JooqStores.create(pool, Dialect.POSTGRES).stores();
            AccountId account = AccountId.of(1);

            assertThatThrownBy(() -> stores.accounts().isEmpty()).isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> stores.accounts().add("Acme", T0))
                    .isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> stores.contacts().list(account, ContactFilter.all()))
                    .isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> stores.transactions().inTransaction(() -> "never run"))
                    .isInstanceOf(StorageUnavailableException.class);
        }
    }

    @Test
    void migratingReportsTheStorageUnavailable() {
        try (HikariDataSource pool = Pools.unreachable()) {
            JooqStores storage = JooqStores.create(pool, Dialect.POSTGRES);

            assertThatThrownBy(storage::migrate).isInstanceOf(StorageUnavailableException.class);
        }
    }

    @Test
    void anUnreachableDatabaseIsNotReady() {
        try (HikariDataSource pool = Pools.unreachable()) {
            assertThat(JooqStores.create(pool, Dialect.POSTGRES).isReachable(Duration.ofSeconds(30))).isFalse();
        }
    }

    @Test
    void aConnectionCutOffInsideATransactionIsStorageUnavailableAndTheStoreCarriesOn() {
        try (PostgresTestDatabase database = PostgresTestDatabase.started();
             HikariDataSource pool = Pools.open(database.jdbcUrl(), 3)) {
            JooqStores storage = JooqStores.create(pool, Dialect.POSTGRES);
            storage.migrate();
            Stores stores = storage.stores();
            AccountId account = stores.accounts().add("Acme", T0).id();

            assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
                stores.accounts().find(account);
                terminateSessionInTransaction(database);
                return stores.accounts().find(account);
            })).isInstanceOf(StorageUnavailableException.class);

            assertThat(stores.accounts().find(account)).isPresent();
        }
    }

    /** What an administrator (or a crash) does to a session; waits until the session is gone. */
    private static void terminateSessionInTransaction(PostgresTestDatabase database) {
        try (Connection admin = DriverManager.getConnection(database.jdbcUrl());
             PreparedStatement terminate = admin.prepareStatement("select pg_terminate_backend(pid, 30000) "
                     + "from pg_stat_activity where datname = current_database() and state = 'idle in transaction'")) {
            terminate.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
