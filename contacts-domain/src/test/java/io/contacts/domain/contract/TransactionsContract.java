package io.contacts.domain.contract;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.out.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static io.contacts.domain.testdata.ClientTestData.aClient;
import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Contract of the {@link Transactions} port: a unit of work is all or nothing across every storage port. */
public abstract class TransactionsContract extends StoreContract {

    private Transactions transactions;
    private AccountId account;

    @BeforeEach
    void anAccount() {
        transactions = stores.transactions();
        account = newAccount();
    }

    @Test
    void theWorksResultIsReturnedAndItsWritesKept() {
        Client client = transactions.inTransaction(() -> newClient(account));

        assertThat(stores.clients().find(account, client.id())).contains(client);
    }

    @Test
    void everyWriteOfAFailedUnitIsUndoneAndItsExceptionRethrownAsIs() {
        Client existing = newClient(account);
        AtomicReference<Client> added = new AtomicReference<>();
        AtomicReference<Contact> contact = new AtomicReference<>();
        ValidationException failure = ValidationException.of("Name can't be blank");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            added.set(newClient(account));
            contact.set(newContact(account, existing.id()));
            stores.clients().update(existing.changedTo(aClient().named("Renamed").build(), T0), 1);
            throw failure;
        })).isSameAs(failure);

        assertThat(stores.clients().find(account, added.get().id())).isEmpty();
        assertThat(stores.contacts().find(account, contact.get().id())).isEmpty();
        assertThat(stores.clients().find(account, existing.id())).contains(existing);
    }

    @Test
    void aWriteTheStoreRefusesNeverBecomesDurableWhateverTheUnitDoesNext() {
        Client existing = newClient(account);

        // The unit swallows the refusals and carries on: a store may undo just the refused writes, or refuse to
        // commit the unit at all (PostgreSQL does); what it must never do is keep a refused row.
        catchThrowable(() -> transactions.inTransaction(() -> {
            catchThrowable(() -> stores.clients().add(account, aClient().named(existing.name()).build(), T0));
            catchThrowable(() -> stores.contacts().add(account,
                    aContact().forClient(ClientId.of(Long.MAX_VALUE)).build(), T0));
            return null;
        }));

        try (Stream<Client> listed = stores.clients().list(account, Optional.empty())) {
            assertThat(listed).containsExactly(existing);
        }
        try (Stream<Contact> listed = stores.contacts().list(account, ContactFilter.all())) {
            assertThat(listed).isEmpty();
        }
    }

    @Test
    void aUnitSeesItsOwnWrites() {
        Optional<Client> seen = transactions.inTransaction(() -> {
            Client client = newClient(account);
            return stores.clients().find(account, client.id());
        });

        assertThat(seen).isPresent();
        try (Stream<Client> listed = stores.clients().list(account, Optional.empty())) {
            assertThat(listed).containsExactly(seen.get());
        }
    }
}
