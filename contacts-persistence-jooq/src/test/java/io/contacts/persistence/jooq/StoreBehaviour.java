package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariPoolMXBean;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.DuplicateClientNameException;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.UnknownClientException;
import io.contacts.domain.model.UserFields;
import io.contacts.domain.port.out.Stores;
import io.contacts.domain.testdata.ClientTestData;
import io.contacts.domain.testdata.ContactTestData;
import io.contacts.domain.testdata.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What this adapter promises beyond the domain's contract — connections, cursors, nested units, refused writes
 * — checked on each database by a subclass.
 */
abstract class StoreBehaviour {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123456Z");

    private Stores stores;
    private AccountId account;
    private ClientId client;

    abstract TestStore store();

    Stores stores() {
        return stores;
    }

    AccountId account() {
        return account;
    }

    @BeforeEach
    void anAccountWithAClient() {
        stores = store().stores();
        account = stores.accounts().add(Unique.name("Account"), T0).id();
        client = newClient("Client").id();
    }

    @Test
    void aListHoldsOneConnectionUntilClosedEvenWhenClosedEarly() {
        newContact();
        newContact();
        HikariPoolMXBean pool = store().pool().getHikariPoolMXBean();
        int idle = pool.getActiveConnections();

        Stream<Contact> listed = stores.contacts().list(account, ContactFilter.all());
        assertThat(listed.findFirst()).isPresent();
        assertThat(pool.getActiveConnections()).isEqualTo(idle + 1);

        listed.close();
        assertThat(pool.getActiveConnections()).isEqualTo(idle);
    }

    @Test
    void aListInsideATransactionSeesItsUncommittedWrites() {
        List<Contact> seen = stores.transactions().inTransaction(() -> {
            newContact();
            newContact();
            return list();
        });

        assertThat(seen).hasSize(2).isEqualTo(list());
    }

    @Test
    void aFailedNestedUnitUndoesOnlyItsOwnWrites() {
        RuntimeException failure = new IllegalStateException("inner unit fails");

        Client kept = stores.transactions().inTransaction(() -> {
            Client outer = newClient("Outer");
            assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
                newClient("Inner");
                throw failure;
            })).isSameAs(failure);
            return outer;
        });

        assertThat(clientNames()).containsExactly("Client", kept.name());
    }

    @Test
    void aRefusedWriteNeverBecomesDurableWhateverTheUnitDoesNext() {
        AccountId other = stores.accounts().add(Unique.name("Other"), T0).id();
        ClientId foreign = stores.clients().add(other, ClientTestData.aClient().build(), T0).id();

        // A unit that swallows the refusal and carries on: H2 undoes just that write, PostgreSQL the whole unit.
        catchThrowable(() -> stores.transactions().inTransaction(() -> {
            assertThatThrownBy(() -> stores.contacts().add(account,
                    ContactTestData.aContact().forClient(foreign).build(), T0))
                    .isInstanceOf(UnknownClientException.class);
            return null;
        }));

        assertThat(list()).isEmpty();
    }

    @Test
    void aViolationOfAnotherConstraintIsAFaultAndLeavesNothingBehind() {
        AccountId missing = AccountId.of(Long.MAX_VALUE);
        EmailAddress email = EmailAddress.of(Unique.email());

        assertThatThrownBy(() -> stores.users().add(missing, new UserFields(email, "Ada", "Lovelace"), "hash", T0))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stores.clients().add(missing, ClientTestData.aClient().build(), T0))
                .isInstanceOf(IllegalStateException.class);

        assertThat(stores.users().findLogin(email)).isEmpty();
        try (Stream<Client> listed = stores.clients().list(missing, Optional.empty())) {
            assertThat(listed).isEmpty();
        }
    }

    @Test
    void theDatabaseIsReachable() {
        assertThat(store().jooqStores().isReachable(Duration.ofSeconds(30))).isTrue();
    }

    Client newClient(String name) {
        return stores.clients().add(account, new ClientFields(name, true, Optional.empty()), T0);
    }

    private Contact newContact() {
        return stores.contacts().add(account, ContactTestData.aContact().forClient(client).build(), T0);
    }

    private List<Contact> list() {
        try (Stream<Contact> listed = stores.contacts().list(account, ContactFilter.all())) {
            return listed.collect(Collectors.toList());
        }
    }

    List<String> clientNames() {
        try (Stream<Client> listed = stores.clients().list(account, Optional.empty())) {
            return listed.map(Client::name).collect(Collectors.toList());
        }
    }
}
