package io.contacts.domain.contract;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.port.out.Contacts;
import org.junit.jupiter.api.BeforeEach;

/** Base of the {@code Contacts} contracts: the store's contacts, and for each test a new account with a client. */
public abstract class ContactsInAnAccount extends StoreContract {

    protected Contacts contacts;
    protected AccountId account;
    protected ClientId client;

    @BeforeEach
    void anAccountWithAClient() {
        contacts = stores.contacts();
        account = newAccount();
        client = newClient(account).id();
    }
}
