package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariDataSource;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.port.out.Stores;
import io.contacts.domain.testdata.ClientTestData;
import io.contacts.domain.testdata.ContactTestData;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A write the adapter acknowledged is still there for a new connection pool, after the old one is gone. */
class DurabilityTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123456Z");

    @Test
    void anH2FileDatabaseKeepsAcknowledgedWritesWhenClosedAndReopened(@TempDir Path directory) {
        String url = H2Urls.file(directory);

        Contact written = writeThenClose(url, Dialect.H2);

        assertThat(directory.resolve(H2Urls.FILE_NAME + ".mv.db")).isRegularFile();
        assertThat(readInNewPool(url, Dialect.H2, written)).contains(written);
    }

    @Test
    void aPostgresDatabaseKeepsAcknowledgedWritesForANewPool() {
        try (PostgresTestDatabase database = PostgresTestDatabase.started()) {
            Contact written = writeThenClose(database.jdbcUrl(), Dialect.POSTGRES);

            assertThat(readInNewPool(database.jdbcUrl(), Dialect.POSTGRES, written)).contains(written);
        }
    }

    private static Contact writeThenClose(String url, Dialect dialect) {
        try (HikariDataSource pool = Pools.open(url, 3)) {
            JooqStores storage = JooqStores.create(pool, dialect);
            storage.migrate();
            Stores stores = storage.stores();
            AccountId account = stores.accounts().add("Durable Ltd.", T0).id();
            ClientId client = stores.clients().add(account, ClientTestData.aClient().build(), T0).id();
            return stores.contacts().add(account, ContactTestData.aContact().forClient(client).build(), T0);
        }
    }

    private static Optional<Contact> readInNewPool(String url, Dialect dialect, Contact written) {
        try (HikariDataSource pool = Pools.open(url, 3)) {
            JooqStores storage = JooqStores.create(pool, dialect);
            storage.migrate();
            return storage.stores().contacts().find(written.accountId(), written.id());
        }
    }
}
