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

/**
 * The domain's contract for every storage port, on the jOOQ store over PostgreSQL reached through PgBouncer in
 * transaction mode, as a deployment behind a pooler reaches it: each transaction in whichever server session is
 * free (skipped without a server or pgbouncer unless PostgreSQL tests are required).
 */
class PgBouncerStoreContractsTest {

    /** One store for all nine contracts: each test works in accounts of its own. */
    @RegisterExtension
    static final TestStore STORE = TestStore.pgBouncer();

    @Nested
    class AccountsThroughPgBouncer extends AccountsContract {
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
    class UsersThroughPgBouncer extends UsersContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class AccessTokensThroughPgBouncer extends AccessTokensContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ClientsThroughPgBouncer extends ClientsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ContactsThroughPgBouncer extends ContactsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ContactWritesThroughPgBouncer extends ContactWritesContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ContactCountsThroughPgBouncer extends ContactCountsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ContactPagesThroughPgBouncer extends ContactPagesContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ClientPagesThroughPgBouncer extends ClientPagesContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class TransactionsThroughPgBouncer extends TransactionsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }
}
