package io.contacts.domain.service;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientHasContactsException;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Field;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.StaleVersionException;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.ClientCommand;
import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.port.in.CreateContactCommand;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.domain.port.in.UpdateClientCommand;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.testdata.TestDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.contacts.domain.testdata.ClientTestData.aClient;
import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client use cases, through the domain's public entry point on the in-memory store. */
class ClientServiceTest {

    private final TestDomain domain = TestDomain.inMemory();
    private final UseCases useCases = domain.useCases();
    private AccountId account;

    @BeforeEach
    void anAccount() {
        account = domain.newUser().account();
    }

    @Test
    void aNewClientIsActiveUnlessToldOtherwise() {
        Client created = create(new ClientInput(Field.of(" Acme "), Field.absent(), Field.absent()));

        assertThat(created.name()).isEqualTo("Acme");
        assertThat(created.active()).isTrue();
        assertThat(created.fields().details()).isEmpty();
        assertThat(created.version()).isEqualTo(1);
        assertThat(create(aClient().active(false).toInput()).active()).isFalse();
    }

    @Test
    void aTakenNameIsReportedWithEveryOtherProblem() {
        create(aClient().named("Acme").toInput());

        assertThatThrownBy(() -> create(aClient().named("Acme").withDetails("d".repeat(256)).toInput()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messages()).containsExactly(
                        "Name has already been taken", "Details is too long (maximum is 255 characters)"));
        assertThatThrownBy(() -> create(aClient().named("  ").toInput()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messages()).containsExactly("Name can't be blank"));
        assertThat(names()).containsExactly("Acme");
    }

    @Test
    void anotherAccountMayUseTheSameName() {
        create(aClient().named("Acme").toInput());
        AccountId other = domain.newUser().account();

        Client theirs = useCases.createClient().createClient(
                new CreateClientCommand(other, aClient().named("Acme").toInput()));

        assertThat(theirs.name()).isEqualTo("Acme");
    }

    @Test
    void updateChangesOnlyWhatWasSentAndMayKeepItsOwnName() {
        Client created = create(aClient().named("Acme").withDetails("Old address").toInput());
        Instant later = domain.clock().advance(Duration.ofSeconds(30));

        Client updated = update(created.id(), new ClientInput(Field.of("Acme"), Field.blank(), Field.absent()),
                OptionalLong.empty());

        assertThat(updated.name()).isEqualTo("Acme");
        assertThat(updated.fields().details()).isEmpty();
        assertThat(updated.active()).isTrue();
        assertThat(updated.updatedAt()).isEqualTo(later);
        assertThat(updated.version()).isEqualTo(2);
    }

    @Test
    void renamingToAnotherClientsNameIsRefused() {
        create(aClient().named("Taken").toInput());
        Client created = create(aClient().toInput());

        assertThatThrownBy(() -> update(created.id(), aClient().named("Taken").toInput(), OptionalLong.empty()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messages()).containsExactly("Name has already been taken"));
        assertThat(get(created.id())).isEqualTo(created);
    }

    @Test
    void toggleFlipsActiveAndCountsAsAChange() {
        Client created = create(aClient().toInput());

        Client inactive = toggle(created.id(), OptionalLong.of(1));
        Client active = toggle(created.id(), OptionalLong.empty());

        assertThat(inactive.active()).isFalse();
        assertThat(active.active()).isTrue();
        assertThat(active.version()).isEqualTo(3);
        assertThatThrownBy(() -> toggle(created.id(), OptionalLong.of(1))).isInstanceOf(StaleVersionException.class);
        assertThat(get(created.id())).isEqualTo(active);
    }

    @Test
    void aClientWithContactsIsNotDeletedAndNothingChanges() {
        Client created = create(aClient().toInput());
        useCases.createContact().createContact(
                new CreateContactCommand(account, aContact().forClient(created.id()).toInput(),
                        LastNameRule.REQUIRED));

        assertThatThrownBy(() -> delete(created.id(), OptionalLong.empty()))
                .isInstanceOf(ClientHasContactsException.class);
        assertThat(get(created.id())).isEqualTo(created);
    }

    @Test
    void deleteRemovesAClientWithoutContactsAtTheExpectedVersionOnly() {
        Client created = create(aClient().toInput());

        assertThatThrownBy(() -> delete(created.id(), OptionalLong.of(7))).isInstanceOf(StaleVersionException.class);
        delete(created.id(), OptionalLong.of(1));

        assertThatThrownBy(() -> get(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherAccountsClientIsNotFoundForEveryUseCase() {
        Client created = create(aClient().toInput());
        AccountId intruder = domain.newUser().account();
        ClientCommand asIntruder = new ClientCommand(intruder, created.id(), OptionalLong.empty());

        assertThatThrownBy(() -> useCases.getClient().getClient(intruder, created.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> useCases.updateClient().updateClient(new UpdateClientCommand(intruder,
                created.id(), aClient().toInput(), OptionalLong.empty()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> useCases.toggleClient().toggleClient(asIntruder))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> useCases.deleteClient().deleteClient(asIntruder))
                .isInstanceOf(NotFoundException.class);
        assertThat(get(created.id())).isEqualTo(created);
    }

    @Test
    void listIsOrderedByIdAndUpdatedSinceIsInclusive() {
        Client a = create(aClient().toInput());
        Instant bound = domain.clock().advance(Duration.ofDays(1));
        Client b = create(aClient().toInput());
        Client toggledA = toggle(a.id(), OptionalLong.empty());

        assertThat(list(Optional.empty())).containsExactly(toggledA, b);
        assertThat(list(Optional.of(bound))).containsExactly(toggledA, b);
        assertThat(list(Optional.of(bound.plusSeconds(1)))).isEmpty();
    }

    private Client create(ClientInput input) {
        return useCases.createClient().createClient(new CreateClientCommand(account, input));
    }

    private Client update(ClientId id, ClientInput changes, OptionalLong expectedVersion) {
        return useCases.updateClient().updateClient(new UpdateClientCommand(account, id, changes, expectedVersion));
    }

    private Client toggle(ClientId id, OptionalLong expectedVersion) {
        return useCases.toggleClient().toggleClient(new ClientCommand(account, id, expectedVersion));
    }

    private void delete(ClientId id, OptionalLong expectedVersion) {
        useCases.deleteClient().deleteClient(new ClientCommand(account, id, expectedVersion));
    }

    private Client get(ClientId id) {
        return useCases.getClient().getClient(account, id);
    }

    private List<Client> list(Optional<Instant> since) {
        try (Stream<Client> clients = useCases.listClients().listClients(account, since)) {
            return clients.collect(Collectors.toList());
        }
    }

    private List<String> names() {
        return list(Optional.empty()).stream().map(Client::name).collect(Collectors.toList());
    }
}
