package io.contacts.domain.contract;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.port.out.Clients;
import org.junit.jupiter.api.BeforeEach;

/** Base of the {@code Clients} contracts: the store's clients, and for each test a new account. */
public abstract class ClientsInAnAccount extends StoreContract {

    protected Clients clients;
    protected AccountId account;

    @BeforeEach
    void anAccount() {
        clients = stores.clients();
        account = newAccount();
    }
}
