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

/** The domain's contract for every storage port, on the jOOQ store over an in-memory H2 database. */
class H2StoreContractsTest {

    /** One store for all nine contracts: each test works in accounts of its own. */
    @RegisterExtension
    static final TestStore STORE = TestStore.h2();

    @Nested
    class AccountsOnH2 extends AccountsContract {
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
    class UsersOnH2 extends UsersContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class AccessTokensOnH2 extends AccessTokensContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ClientsOnH2 extends ClientsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ContactsOnH2 extends ContactsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ContactWritesOnH2 extends ContactWritesContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ContactCountsOnH2 extends ContactCountsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ContactPagesOnH2 extends ContactPagesContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class ClientPagesOnH2 extends ClientPagesContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }

    @Nested
    class TransactionsOnH2 extends TransactionsContract {
        @Override
        protected Stores stores() {
            return STORE.stores();
        }
    }
}
