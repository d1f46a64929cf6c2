package io.contacts.domain.contract;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.PageRequest;
import io.contacts.domain.port.out.Contacts;
import io.contacts.domain.testdata.ClientTestData;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of the {@link Contacts} port's pages: newest first, each contact with its client's name, filtered,
 * counted, and walked without skipping or repeating a contact while others come and go.
 */
public abstract class ContactPagesContract extends ContactsInAnAccount {

    @Test
    void newestFirstGivesTheAccountsContactsByDescendingIdEachWithItsClientsName() {
        Client second = newClient(account);
        Contact a = newContact(account, client);
        Contact b = newContact(account, second.id());
        Contact c = newContact(account, client);
        AccountId other = newAccount();
        newContact(other, newClient(other).id());
        String name = stores.clients().find(account, client).orElseThrow().name();

        assertThat(contacts.newestFirst(account, ContactFilter.all(), PageRequest.first(10), 10))
                .containsExactly(new ContactWithClient(c, name), new ContactWithClient(b, second.name()),
                        new ContactWithClient(a, name));
        assertThat(contacts.count(account, ContactFilter.all())).isEqualTo(3);
    }

    @Test
    void newestFirstAndCountMatchTheClientAndUpdatedSinceFilters() {
        ClientId second = newClient(account).id();
        Contact old = newContact(account, client, T0.minusSeconds(60));
        Contact atBound = newContact(account, client, T0);
        Contact ofSecond = newContact(account, second, T0);
        Contact later = newContact(account, client, T0.plusNanos(1_000));

        assertThat(newestIds(ContactFilter.ofClient(client), PageRequest.first(10)))
                .containsExactly(later.id(), atBound.id(), old.id());
        assertThat(newestIds(ContactFilter.all().updatedSince(T0), PageRequest.first(10)))
                .containsExactly(later.id(), ofSecond.id(), atBound.id());
        assertThat(newestIds(ContactFilter.ofClient(client).updatedSince(T0), PageRequest.first(10)))
                .containsExactly(later.id(), atBound.id());
        assertThat(contacts.count(account, ContactFilter.ofClient(client))).isEqualTo(3);
        assertThat(contacts.count(account, ContactFilter.all().updatedSince(T0))).isEqualTo(3);
        assertThat(contacts.count(account, ContactFilter.ofClient(second).updatedSince(T0.plusNanos(1_000))))
                .isZero();
    }

    @Test
    void aFilterNamingAnotherAccountsClientMatchesNothing() {
        newContact(account, client);
        AccountId other = newAccount();
        ClientId foreign = newClient(other).id();
        newContact(other, foreign);

        assertThat(newestIds(ContactFilter.ofClient(foreign), PageRequest.first(10))).isEmpty();
        assertThat(contacts.count(account, ContactFilter.ofClient(foreign))).isZero();
        assertThat(contacts.count(newAccount(), ContactFilter.all())).isZero();
    }

    @Test
    void aPageHoldsAtMostTheLimitAndAFollowingOneOnlySmallerIds() {
        List<ContactId> added = IntStream.range(0, 5).mapToObj(i -> newContact(account, client).id()).toList();

        assertThat(newestIds(ContactFilter.all(), PageRequest.first(2), 3))
                .containsExactly(added.get(4), added.get(3), added.get(2));
        assertThat(newestIds(ContactFilter.all(), PageRequest.following(added.get(3).value(), 2), 3))
                .containsExactly(added.get(2), added.get(1), added.get(0));
        assertThat(newestIds(ContactFilter.ofClient(client), PageRequest.following(added.get(1).value(), 2), 3))
                .containsExactly(added.get(0));
        assertThat(newestIds(ContactFilter.all(), PageRequest.following(added.get(0).value(), 2), 3)).isEmpty();
    }

    @Test
    void aNumberedPageSkipsThePagesBeforeIt() {
        List<ContactId> added = IntStream.range(0, 5).mapToObj(i -> newContact(account, client).id()).toList();

        assertThat(newestIds(ContactFilter.all(), PageRequest.numbered(2, 2)))
                .containsExactly(added.get(2), added.get(1));
        assertThat(newestIds(ContactFilter.ofClient(client).updatedSince(T0), PageRequest.numbered(3, 2)))
                .containsExactly(added.get(0));
        assertThat(newestIds(ContactFilter.all(), PageRequest.numbered(4, 2))).isEmpty();
    }

    @Test
    void followingPagesNeitherSkipNorRepeatAContactWhileOthersAreAddedAndDeleted() {
        // The whole account's list first, then one client's list, of another client than the first walk's rows have.
        ClientId second = newClient(account).id();
        for (ContactFilter filter : List.of(ContactFilter.all(), ContactFilter.ofClient(second))) {
            ClientId of = filter.client().orElse(client);
            List<Long> existing = IntStream.range(0, 11).mapToObj(i -> newContact(account, of).id().value())
                    .sorted(Comparator.reverseOrder()).toList();

            FollowingWalk walk = FollowingWalk.walk(existing, 3,
                    page -> newestIds(filter, page).stream().map(ContactId::value).toList(),
                    () -> newContact(account, of),
                    id -> contacts.remove(account, ContactId.of(id), OptionalLong.empty()));

            assertThat(walk.seen()).doesNotHaveDuplicates().containsAll(walk.stayed(existing)).isSubsetOf(existing);
        }
    }

    @Test
    void findWithClientGivesTheContactAndItsClientsCurrentNameInTheAccountOnly() {
        Contact added = newContact(account, client);
        Client current = stores.clients().find(account, client).orElseThrow();
        Client renamed = current.changedTo(ClientTestData.aClient().named("Renamed").build(), T0.plusSeconds(1));
        stores.clients().update(renamed, current.version());

        assertThat(contacts.findWithClient(account, added.id())).contains(new ContactWithClient(added, "Renamed"));
        assertThat(contacts.findWithClient(newAccount(), added.id())).isEmpty();
        assertThat(contacts.findWithClient(account, ContactId.of(Long.MAX_VALUE))).isEmpty();
    }

    private List<ContactId> newestIds(ContactFilter filter, PageRequest page) {
        return newestIds(filter, page, page.size());
    }

    private List<ContactId> newestIds(ContactFilter filter, PageRequest page, int limit) {
        return contacts.newestFirst(account, filter, page, limit).stream().map(row -> row.contact().id()).toList();
    }
}
