package io.contacts.persistence.jooq;

import io.contacts.domain.contract.AccessTokensContract;
import io.contacts.domain.contract.AccountsContract;
import io.contacts.domain.contract.ClientPagesContract;
import io.contacts.domain.contract.ClientsContract;
import io.contacts.domain.contract.ContactCountsContract;
import io.contacts.domain.contract.ContactPagesContract;
import io.contacts.domain.contract.ContactWritesContract;
import io.contacts.domain.contract.ContactsContract;
import io.contacts.domain.contract.TransactionsContract;
import io.contacts.domain.contract.UsersContract;
import io.contacts.domain.port.out.Stores;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The domain's contract for every storage port, on the jOOQ store over a real PostgreSQL database (skipped without a server unless required). */
class PostgresStoreContractsTest {

    /** One store for all nine contracts: each test works in accounts of its own. */
    @RegisterExtension
    static final TestStore STORE = TestStore.postgres();

    @Nested
    class AccountsOnPostgres extends AccountsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }

        @Override
        protected Stores emptyStores() {
            return STORE.freshStores();
        }
    }

    @Nested
    class UsersOnPostgres extends UsersContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class AccessTokensOnPostgres extends AccessTokensContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ClientsOnPostgres extends ClientsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ContactsOnPostgres extends ContactsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ContactWritesOnPostgres extends ContactWritesContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ContactCountsOnPostgres extends ContactCountsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ContactPagesOnPostgres extends ContactPagesContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ClientPagesOnPostgres extends ClientPagesContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class TransactionsOnPostgres extends TransactionsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }
}
