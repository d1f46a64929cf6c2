package io.contacts.domain.service;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFilter;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.Page;
import io.contacts.domain.model.PageRequest;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.port.in.CreateContactCommand;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.testdata.TestDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static io.contacts.domain.testdata.ClientTestData.aClient;
import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page and read-with-client use cases, through the domain's public entry point on the in-memory store. */
class PageQueriesTest {

    private final TestDomain domain = TestDomain.inMemory();
    private final UseCases useCases = domain.useCases();
    private AccountId account;
    private Client client;

    @BeforeEach
    void anAccountWithAClient() {
        account = domain.newUser().account();
        client = newClient(account);
    }

    @Test
    void aContactPageIsNewestFirstWithClientsNamesAndTellsWhetherMoreFollow() {
        List<Contact> added = IntStream.range(0, 5).mapToObj(i -> newContact(client.id())).toList();

        Page<ContactWithClient> first = contactPage(ContactFilter.all(), PageRequest.first(2));
        Page<ContactWithClient> next = contactPage(ContactFilter.all(),
                PageRequest.following(last(first).contact().id().value(), 2));
        Page<ContactWithClient> third = contactPage(ContactFilter.all(), PageRequest.numbered(3, 2));

        assertThat(first.entries()).containsExactly(new ContactWithClient(added.get(4), client.name()),
                new ContactWithClient(added.get(3), client.name()));
        assertThat(first.hasMore()).isTrue();
        assertThat(ids(next)).containsExactly(added.get(2).id(), added.get(1).id());
        assertThat(next.hasMore()).isTrue();
        assertThat(ids(third)).containsExactly(added.get(0).id());
        assertThat(third.hasMore()).isFalse();
        assertThat(List.of(first, next, third)).allSatisfy(page -> assertThat(page.totalEntries()).isEqualTo(5));
    }

    @Test
    void theTotalIsRightWhetherThePageTellsItOrTheStoreCountsIt() {
        IntStream.range(0, 3).forEach(i -> newContact(client.id()));

        assertThat(contactPage(ContactFilter.all(), PageRequest.first(5))).extracting(Page::totalEntries, Page::hasMore)
                .containsExactly(3L, false);
        assertThat(contactPage(ContactFilter.all(), PageRequest.first(3)).totalEntries()).isEqualTo(3);
        assertThat(contactPage(ContactFilter.all(), PageRequest.numbered(2, 2)).totalEntries()).isEqualTo(3);
        assertThat(contactPage(ContactFilter.all(), PageRequest.numbered(9, 2)))
                .isEqualTo(new Page<>(List.of(), 3, false));
        assertThat(contactPage(ContactFilter.all(), PageRequest.following(1, 2)).totalEntries()).isEqualTo(3);
    }

    @Test
    void aCountCarriedFromTheWalksStartIsNotCountedAgain() {
        List<Contact> added = IntStream.range(0, 3).mapToObj(i -> newContact(client.id())).toList();
        Page<ContactWithClient> first = contactPage(ContactFilter.all(), PageRequest.first(2));
        newContact(client.id());

        Page<ContactWithClient> next = contactPage(ContactFilter.all(),
                PageRequest.following(added.get(1).id().value(), 2, first.totalEntries()));

        assertThat(next.totalEntries()).as("as counted when the walk began").isEqualTo(3);
        assertThat(ids(next)).containsExactly(added.get(0).id());
        assertThat(contactPage(ContactFilter.all(), PageRequest.following(added.get(1).id().value(), 2))
                .totalEntries()).as("counted again").isEqualTo(4);
    }

    @Test
    void aContactPageFollowsTheFilterAndAnotherAccountsClientGivesAnEmptyPageNotANotFound() {
        Client second = newClient(account);
        Contact ofFirst = newContact(client.id());
        Instant bound = domain.clock().advance(Duration.ofHours(1));
        Contact ofSecond = newContact(second.id());
        Contact recent = newContact(client.id());
        Client foreign = newClient(domain.newUser().account());

        assertThat(ids(contactPage(ContactFilter.ofClient(client.id()), PageRequest.first(10))))
                .containsExactly(recent.id(), ofFirst.id());
        assertThat(contactPage(ContactFilter.all().updatedSince(bound), PageRequest.first(10)).entries())
                .containsExactly(new ContactWithClient(recent, client.name()),
                        new ContactWithClient(ofSecond, second.name()));
        assertThat(contactPage(ContactFilter.ofClient(foreign.id()), PageRequest.first(10)))
                .isEqualTo(new Page<>(List.of(), 0, false));
        assertThat(contactPage(ContactFilter.ofClient(ClientId.of(Long.MAX_VALUE)), PageRequest.numbered(2, 10)))
                .isEqualTo(new Page<>(List.of(), 0, false));
    }

    @Test
    void aContactWithItsClientIsReadInTheAccountOnly() {
        Contact added = newContact(client.id());

        assertThat(useCases.getContactWithClient().contactWithClient(account, added.id()))
                .isEqualTo(new ContactWithClient(added, client.name()));
        assertThatThrownBy(() -> useCases.getContactWithClient()
                .contactWithClient(domain.newUser().account(), added.id()))
                .isInstanceOf(NotFoundException.class).hasMessage("Contact " + added.id().value() + " not found");
        assertThatThrownBy(() -> useCases.getContactWithClient().contactWithClient(account, ContactId.of(99_999)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aClientPageIsNewestFirstAndFollowsTheActiveAndUpdatedSinceFilters() {
        Instant start = domain.clock().instant();
        Client inactive = useCases.createClient().createClient(
                new CreateClientCommand(account, aClient().active(false).toInput()));
        Instant bound = domain.clock().advance(Duration.ofHours(1));
        Client later = newClient(account);

        Page<Client> first = clientPage(ClientFilter.all(), PageRequest.first(2));
        assertThat(first).isEqualTo(new Page<>(List.of(later, inactive), 3, true));
        assertThat(clientPage(ClientFilter.all(), PageRequest.following(inactive.id().value(), 2)))
                .isEqualTo(new Page<>(List.of(client), 3, false));
        assertThat(clientPage(ClientFilter.active(true), PageRequest.first(10)).entries()).containsExactly(later,
                client);
        assertThat(clientPage(ClientFilter.active(false).updatedSince(Optional.of(start)), PageRequest.first(10))
                .entries()).containsExactly(inactive);
        assertThat(clientPage(ClientFilter.all().updatedSince(Optional.of(bound)), PageRequest.numbered(1, 10)))
                .isEqualTo(new Page<>(List.of(later), 1, false));
    }

    private Page<ContactWithClient> contactPage(ContactFilter filter, PageRequest page) {
        return useCases.pageContacts().contactPage(account, filter, page);
    }

    private Page<Client> clientPage(ClientFilter filter, PageRequest page) {
        return useCases.pageClients().clientPage(account, filter, page);
    }

    private static List<ContactId> ids(Page<ContactWithClient> page) {
        return page.entries().stream().map(row -> row.contact().id()).toList();
    }

    private static <T> T last(Page<T> page) {
        return page.entries().get(page.entries().size() - 1);
    }

    private Client newClient(AccountId of) {
        return useCases.createClient().createClient(new CreateClientCommand(of, aClient().toInput()));
    }

    private Contact newContact(ClientId of) {
        return useCases.createContact().createContact(
                new CreateContactCommand(account, aContact().forClient(of).toInput(), LastNameRule.OPTIONAL));
    }
}
