package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.StorageUnavailableException;
import io.contacts.domain.port.out.Stores;
import io.contacts.domain.testdata.ContactTestData;
import io.contacts.domain.model.ClientId;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With the database unreachable, a write asks the pool for a connection once, as a read does — so it is answered
 * after one wait for the pool, not three (jOOQ asks again to roll back the transaction that never began).
 */
class PoolRefusalTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30Z");

    @Test
    void aWriteAsksAnUnreachableDatabaseForAConnectionOnce() {
        RefusingDataSource refusing = new RefusingDataSource();
        Stores stores = JooqStores.create(refusing, Dialect.POSTGRES).stores();

        assertThatThrownBy(() -> stores.accounts().add("Acme", T0)).isInstanceOf(StorageUnavailableException.class);
        assertThat(refusing.asked()).as("connections asked for by one write").isEqualTo(1);

        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> stores.contacts().add(AccountId.of(1),
                ContactTestData.aContact().forClient(ClientId.of(1)).build(), T0)))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(refusing.asked()).as("and by one transaction of reads and writes").isEqualTo(2);
    }

    @Test
    void aRefusalIsForgottenWhenTheTransactionEnds() {
        RefusingDataSource refusing = new RefusingDataSource();
        Stores stores = JooqStores.create(refusing, Dialect.POSTGRES).stores();

        for (int i = 1; i <= 3; i++) {
            assertThatThrownBy(() -> stores.accounts().add("Acme", T0)).isInstanceOf(StorageUnavailableException.class);
            assertThat(refusing.asked()).as("each transaction asks the pool afresh").isEqualTo(i);
        }
        assertThatThrownBy(() -> stores.accounts().isEmpty()).isInstanceOf(StorageUnavailableException.class);
        assertThat(refusing.asked()).as("a read outside a transaction asks too").isEqualTo(4);
    }

    /** A pool whose database is down: every ask fails as HikariCP's timeout does, and is counted. */
    private static final class RefusingDataSource implements DataSource {

        private final AtomicInteger asked = new AtomicInteger();

        int asked() {
            return asked.get();
        }

        @Override
        public Connection getConnection() throws SQLTransientConnectionException {
            asked.incrementAndGet();
            throw new SQLTransientConnectionException("contacts - Connection is not available, request timed out");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLTransientConnectionException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
