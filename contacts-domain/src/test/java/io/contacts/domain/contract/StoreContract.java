package io.contacts.domain.contract;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.port.out.Stores;
import io.contacts.domain.testdata.ClientTestData;
import io.contacts.domain.testdata.ContactTestData;
import io.contacts.domain.testdata.Unique;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;

/**
 * Base of the adapter contract kit. A subclass supplies the store under test; the store may be shared by
 * every test (and by the other contracts), since each test works in accounts it creates for itself and
 * never assumes the store is otherwise empty.
 */
public abstract class StoreContract {

    /** A time with microseconds, the precision every store must keep. */
    protected static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123456Z");

    protected Stores stores;

    /** The store under test. Called before each test; returning the same instance every time is fine. */
    protected abstract Stores stores();

    @BeforeEach
    void openStore() {
        stores = stores();
    }

    protected AccountId newAccount() {
        return stores.accounts().add(Unique.name("Account"), T0).id();
    }

    protected Client newClient(AccountId account) {
        return stores.clients().add(account, ClientTestData.aClient().build(), T0);
    }

    protected Contact newContact(AccountId account, ClientId client) {
        return newContact(account, client, T0);
    }

    protected Contact newContact(AccountId account, ClientId client, Instant at) {
        return stores.contacts().add(account, ContactTestData.aContact().forClient(client).build(), at);
    }
}
