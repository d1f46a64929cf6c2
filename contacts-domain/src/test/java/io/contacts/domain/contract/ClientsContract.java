package io.contacts.domain.contract;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientHasContactsException;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.DuplicateClientNameException;
import io.contacts.domain.port.out.Clients;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.contacts.domain.testdata.ClientTestData.aClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contract of the {@link Clients} port: what every store must do, checked against the store a subclass gives. */
public abstract class ClientsContract extends ClientsInAnAccount {

    @Test
    void addAssignsAnIdAndKeepsEveryField() {
        ClientFields fields = aClient().named("Ünïcode & 'quotes'; --").withDetails("Line 1\nLine 2").active(false)
                .build();

        Client added = clients.add(account, fields, T0);

        assertThat(added).isEqualTo(new Client(added.id(), account, fields, T0, T0, 1));
        assertThat(clients.find(account, added.id())).contains(added);
    }

    @Test
    void absentDetailsStayAbsent() {
        Client added = clients.add(account, aClient().withDetails(null).build(), T0);

        assertThat(clients.find(account, added.id())).get().extracting(client -> client.fields().details())
                .isEqualTo(Optional.empty());
    }

    @Test
    void aNameIsUniqueWithinAnAccountOnly() {
        clients.add(account, aClient().named("Acme").build(), T0);

        assertThatThrownBy(() -> clients.add(account, aClient().named("Acme").build(), T0))
                .isInstanceOf(DuplicateClientNameException.class);
        assertThat(names(account)).containsExactly("Acme");

        AccountId other = newAccount();
        clients.add(other, aClient().named("Acme").build(), T0);
        assertThat(names(other)).containsExactly("Acme");
    }

    @Test
    void namesDifferingInCaseAreDifferent() {
        clients.add(account, aClient().named("Acme").build(), T0);
        clients.add(account, aClient().named("ACME").build(), T0);

        assertThat(names(account)).containsExactly("Acme", "ACME");
    }

    @Test
    void findByNameIsExactAndScopedToTheAccount() {
        Client acme = clients.add(account, aClient().named("Acme").build(), T0);

        assertThat(clients.findByName(account, "Acme")).contains(acme);
        assertThat(clients.findByName(account, "Acm")).isEmpty();
        assertThat(clients.findByName(newAccount(), "Acme")).isEmpty();
    }

    @Test
    void aClientOfAnotherAccountIsNotFound() {
        Client added = newClient(account);

        assertThat(clients.find(newAccount(), added.id())).isEmpty();
        assertThat(clients.find(account, ClientId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void listShowsTheAccountsClientsOnlyInIdOrderAndUpdatedSinceIsInclusive() {
        Client old = clients.add(account, aClient().build(), T0.minusSeconds(60));
        Client atBound = clients.add(account, aClient().build(), T0);
        Client later = clients.add(account, aClient().build(), T0.plusNanos(1_000));
        newClient(newAccount());

        assertThat(ids(Optional.empty())).containsExactly(old.id(), atBound.id(), later.id());
        assertThat(ids(Optional.of(T0))).containsExactly(atBound.id(), later.id());
    }

    @Test
    void updateAtTheCurrentVersionReplacesEveryField() {
        Client added = newClient(account);
        Client changed = added.changedTo(aClient().named("Renamed").withDetails(null).active(false).build(),
                T0.plusSeconds(1));

        assertThat(clients.update(changed, added.version())).isTrue();

        assertThat(clients.find(account, added.id())).contains(changed);
    }

    @Test
    void updateAtAStaleVersionOrInAnotherAccountChangesNothing() {
        Client added = newClient(account);
        Client changed = added.changedTo(aClient().build(), T0);

        assertThat(clients.update(changed, added.version() + 1)).isFalse();
        AccountId other = newAccount();
        Client intruder = new Client(added.id(), other, aClient().build(), T0, T0, 2);
        assertThat(clients.update(intruder, added.version())).isFalse();

        assertThat(clients.find(account, added.id())).contains(added);
    }

    @Test
    void updateToANameAnotherClientHasIsRefused() {
        clients.add(account, aClient().named("Taken").build(), T0);
        Client added = newClient(account);

        assertThatThrownBy(() -> clients.update(added.changedTo(aClient().named("Taken").build(), T0),
                added.version())).isInstanceOf(DuplicateClientNameException.class);

        assertThat(clients.find(account, added.id())).contains(added);
    }

    @Test
    void updateKeepingItsOwnNameIsFine() {
        Client added = newClient(account);
        Client changed = added.changedTo(new ClientFields(added.name(), false, Optional.empty()), T0);

        assertThat(clients.update(changed, added.version())).isTrue();
    }

    @Test
    void removeAtTheCurrentVersionDeletes() {
        Client added = newClient(account);

        assertThat(clients.remove(account, added.id(), added.version())).isTrue();

        assertThat(clients.find(account, added.id())).isEmpty();
    }

    @Test
    void removeAtAStaleVersionOrFromAnotherAccountKeepsTheClient() {
        Client added = newClient(account);

        assertThat(clients.remove(account, added.id(), added.version() + 1)).isFalse();
        assertThat(clients.remove(newAccount(), added.id(), added.version())).isFalse();

        assertThat(clients.find(account, added.id())).contains(added);
    }

    @Test
    void aClientWithContactsIsNotRemoved() {
        Client added = newClient(account);
        newContact(account, added.id());

        assertThatThrownBy(() -> clients.remove(account, added.id(), added.version()))
                .isInstanceOf(ClientHasContactsException.class);

        assertThat(clients.find(account, added.id())).contains(added);
    }

    @Test
    void concurrentAddsGetDistinctIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ClientId>> work = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                work.add(() -> newClient(account).id());
            }
            Set<ClientId> added = new HashSet<>();
            for (Future<ClientId> result : pool.invokeAll(work)) {
                added.add(result.get());
            }

            assertThat(added).hasSize(40);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<ClientId> ids(Optional<Instant> since) {
        try (Stream<Client> listed = clients.list(account, since)) {
            return listed.map(Client::id).collect(Collectors.toList());
        }
    }

    private List<String> names(AccountId of) {
        try (Stream<Client> listed = clients.list(of, Optional.empty())) {
            return listed.map(Client::name).collect(Collectors.toList());
        }
    }
}
