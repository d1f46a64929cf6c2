package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariDataSource;
import io.contacts.domain.model.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database's URLs put the data where asked and keep it as long as promised. */
class H2UrlsTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123456Z");

    @Test
    void aFileDatabaseIsCreatedInsideTheGivenDirectory(@TempDir Path directory) {
        Path data = directory.resolve("data");

        try (HikariDataSource pool = Pools.open(H2Urls.file(data), 3)) {
            JooqStores.create(pool, Dialect.H2).migrate();
        }

        assertThat(data.resolve(H2Urls.FILE_NAME + ".mv.db")).isRegularFile();
    }

    @Test
    void aFileUrlDoesNotDependOnTheWorkingDirectory() {
        assertThat(H2Urls.file(Path.of("data"))).contains(Path.of("data").toAbsolutePath().toString());
    }

    @Test
    void aMemoryDatabaseOutlivesItsConnections() {
        String url = H2Urls.memory("outlives-" + UUID.randomUUID());
        Account account;
        try (HikariDataSource pool = Pools.open(url, 3)) {
            JooqStores storage = JooqStores.create(pool, Dialect.H2);
            storage.migrate();
            account = storage.stores().accounts().add("Remembered", T0);
        }

        try (HikariDataSource pool = Pools.open(url, 3)) {
            assertThat(JooqStores.create(pool, Dialect.H2).stores().accounts().find(account.id())).contains(account);
        }
    }

    @Test
    void namesThatWouldBreakTheUrlAreRefused(@TempDir Path directory) {
        assertThatThrownBy(() -> H2Urls.memory("a;INIT=RUNSCRIPT FROM 'x'"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> H2Urls.file(directory.resolve("a;b")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
