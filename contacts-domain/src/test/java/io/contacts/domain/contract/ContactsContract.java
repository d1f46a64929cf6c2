package io.contacts.domain.contract;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactChanges;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.Field;
import io.contacts.domain.model.PageRequest;
import io.contacts.domain.model.UnknownClientException;
import io.contacts.domain.port.out.Contacts;
import io.contacts.domain.testdata.ClientTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static io.contacts.domain.testdata.ContactTestData.firstNameOnly;
import static io.contacts.domain.testdata.ContactTestData.lastNameOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contract of the {@link Contacts} port: what every store must do, checked against the store a subclass gives. */
public abstract class ContactsContract extends StoreContract {

    private Contacts contacts;
    private AccountId account;
    private ClientId client;

    @BeforeEach
    void anAccountWithAClient() {
        contacts = stores.contacts();
        account = newAccount();
        client = newClient(account).id();
    }

    @Test
    void addAssignsAnIdAndKeepsEveryFieldAndTheTimeToTheMicrosecond() {
        ContactFields fields = aContact().forClient(client).build();

        Contact added = contacts.add(account, fields, T0);

        assertThat(added.id().value()).isPositive();
        assertThat(added).isEqualTo(new Contact(added.id(), account, fields, T0, T0, 1));
        assertThat(contacts.find(account, added.id())).contains(added);
    }

    @Test
    void absentOptionalFieldsStayAbsent() {
        ContactFields fields = aContact().forClient(client).withoutOptionalFields().build();

        Contact added = contacts.add(account, fields, T0);

        assertThat(contacts.find(account, added.id())).get().extracting(Contact::fields).isEqualTo(fields);
    }

    @Test
    void anAbsentLastNameIsStoredAndReadBackAbsent() {
        ContactFields fields = aContact().forClient(client).withLastName(null).build();

        Contact added = contacts.add(account, fields, T0);

        assertThat(added.fields().lastName()).isEmpty();
        assertThat(contacts.find(account, added.id())).contains(added);
        try (Stream<Contact> listed = contacts.list(account, ContactFilter.all())) {
            assertThat(listed).containsExactly(added);
        }
    }

    @Test
    void aChangeClearsTheLastNameAChangeNotNamingItKeepsItsAbsenceAndAnotherSetsIt() {
        Contact added = newContact(account, client);

        Optional<Contact> cleared = contacts.update(account, added.id(), lastNameOnly(Field.blank()),
                OptionalLong.empty(), T0.plusSeconds(1));
        Optional<Contact> kept = contacts.update(account, added.id(), firstNameOnly("Janet"), OptionalLong.empty(),
                T0.plusSeconds(2));

        assertThat(cleared).get().extracting(Contact::fields)
                .isEqualTo(aContact().forClient(client).withLastName(null).build());
        assertThat(kept).get().extracting(Contact::fields)
                .isEqualTo(aContact().forClient(client).withFirstName("Janet").withLastName(null).build());
        assertThat(contacts.find(account, added.id())).isEqualTo(kept);
        assertThat(contacts.update(account, added.id(), lastNameOnly(Field.of("Doe")), OptionalLong.empty(),
                T0.plusSeconds(3))).get().extracting(Contact::fields).isEqualTo(aContact().forClient(client)
                .withFirstName("Janet").build());
    }

    @Test
    void textIsStoredVerbatimWhateverItContains() {
        String sql = "Robert'); DROP TABLE contacts; -- \\ % _ \" ;";
        String unicode = "Zoë Ångström 北京 Ελένη عائشة 🎉";
        String longest = "😀".repeat(255); // 255 characters, 510 UTF-16 units, 1,020 UTF-8 bytes
        ContactFields fields = aContact().forClient(client)
                .withFirstName(sql).withLastName(unicode).withTitle(longest).withFax("line one\nline\ttwo")
                .build();

        Contact added = contacts.add(account, fields, T0);

        assertThat(contacts.find(account, added.id())).get().extracting(Contact::fields).isEqualTo(fields);
    }

    @Test
    void aTimeWithAnotherOffsetIsTheSameInstant() {
        Instant sameMoment = OffsetDateTime.parse("2024-03-01T12:15:30.123456+02:00").toInstant();

        Contact added = newContact(account, client, sameMoment);

        assertThat(contacts.find(account, added.id())).get().extracting(Contact::createdAt).isEqualTo(T0);
    }

    @Test
    void idsAreDistinctAndIncreasing() {
        Contact first = newContact(account, client);
        Contact second = newContact(account, client);

        assertThat(second.id().value()).isGreaterThan(first.id().value());
    }

    @Test
    void aContactOfAnotherAccountIsNotFound() {
        Contact added = newContact(account, client);
        AccountId other = newAccount();

        assertThat(contacts.find(other, added.id())).isEmpty();
        assertThat(contacts.find(account, ContactId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void addingForAClientTheAccountDoesNotHaveIsRefused() {
        AccountId other = newAccount();
        ClientId foreignClient = newClient(other).id();

        assertThatThrownBy(() -> contacts.add(account, aContact().forClient(foreignClient).build(), T0))
                .isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> contacts.add(account, aContact().forClient(Long.MAX_VALUE).build(), T0))
                .isInstanceOf(UnknownClientException.class);
        assertThat(ids(ContactFilter.all())).isEmpty();
    }

    @Test
    void listShowsTheAccountsContactsOnlyInIdOrder() {
        ClientId secondClient = newClient(account).id();
        Contact a = newContact(account, client);
        Contact b = newContact(account, secondClient);
        Contact c = newContact(account, client);
        AccountId other = newAccount();
        newContact(other, newClient(other).id());

        try (Stream<Contact> listed = contacts.list(account, ContactFilter.all())) {
            assertThat(listed).containsExactly(a, b, c);
        }
    }

    @Test
    void listOfAClientShowsOnlyItsContacts() {
        ClientId secondClient = newClient(account).id();
        Contact a = newContact(account, client);
        newContact(account, secondClient);
        Contact c = newContact(account, client);

        assertThat(ids(ContactFilter.ofClient(client))).containsExactly(a.id(), c.id());
    }

    @Test
    void updatedSinceIsInclusive() {
        newContact(account, client, T0.minusSeconds(60));
        Contact atBound = newContact(account, client, T0);
        Contact later = newContact(account, client, T0.plusNanos(1_000));

        assertThat(ids(ContactFilter.all().updatedSince(T0))).containsExactly(atBound.id(), later.id());
        assertThat(ids(ContactFilter.ofClient(client).updatedSince(T0.plusNanos(1_000))))
                .containsExactly(later.id());
    }

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

    @Test
    void updateAtTheCurrentVersionAppliesTheChangesInOneStep() {
        Contact added = newContact(account, client);
        ClientId otherClient = newClient(account).id();
        ContactFields newFields = aContact().forClient(otherClient).withFirstName("Janet").withoutOptionalFields()
                .build();
        Instant later = T0.plusSeconds(5);

        Optional<Contact> changed = contacts.update(account, added.id(),
                aContact().forClient(otherClient).withFirstName("Janet").withoutOptionalFields().toChanges(),
                OptionalLong.of(added.version()), later);

        assertThat(changed).contains(new Contact(added.id(), account, newFields, T0, later, 2));
        assertThat(contacts.find(account, added.id())).isEqualTo(changed);
    }

    @Test
    void updateKeepsEveryFieldTheChangesDoNotName() {
        Contact added = newContact(account, client);

        Optional<Contact> changed = contacts.update(account, added.id(), firstNameOnly("Janet"),
                OptionalLong.empty(), T0.plusSeconds(1));

        ContactFields expected = aContact().forClient(client).withFirstName("Janet").build();
        assertThat(changed).get().extracting(Contact::fields).isEqualTo(expected);
        assertThat(contacts.find(account, added.id())).get().extracting(Contact::fields).isEqualTo(expected);
    }

    @Test
    void updateWithoutAVersionAppliesToWhateverIsStored() {
        Contact added = newContact(account, client);

        contacts.update(account, added.id(), firstNameOnly("One"), OptionalLong.empty(), T0.plusSeconds(1));
        Optional<Contact> second = contacts.update(account, added.id(), firstNameOnly("Two"), OptionalLong.empty(),
                T0.plusSeconds(2));

        assertThat(second).get().extracting(Contact::version).isEqualTo(3L);
        assertThat(contacts.find(account, added.id())).isEqualTo(second);
    }

    @Test
    void updateNeverMovesTheUpdateTimeBackNorKeepsIt() {
        Contact added = newContact(account, client, T0);

        Optional<Contact> sameTick = contacts.update(account, added.id(), firstNameOnly("Same"),
                OptionalLong.empty(), T0);
        Optional<Contact> clockBehind = contacts.update(account, added.id(), firstNameOnly("Behind"),
                OptionalLong.empty(), T0.minusSeconds(60));

        assertThat(sameTick).get().extracting(Contact::updatedAt).isEqualTo(T0.plusNanos(1_000));
        assertThat(clockBehind).get().extracting(Contact::updatedAt).isEqualTo(T0.plusNanos(2_000));
        assertThat(contacts.find(account, added.id())).isEqualTo(clockBehind);
    }

    @Test
    void updateAtAStaleVersionChangesNothing() {
        Contact added = newContact(account, client);

        assertThat(contacts.update(account, added.id(), firstNameOnly("First"), OptionalLong.of(added.version()),
                T0.plusSeconds(1))).isPresent();
        assertThat(contacts.update(account, added.id(), firstNameOnly("Second"), OptionalLong.of(added.version()),
                T0.plusSeconds(2))).isEmpty();

        assertThat(contacts.find(account, added.id())).get().extracting(contact -> contact.fields().firstName())
                .isEqualTo("First");
    }

    @Test
    void updateInAnotherAccountOrOfNoContactChangesNothing() {
        Contact added = newContact(account, client);
        AccountId other = newAccount();

        assertThat(contacts.update(other, added.id(), aContact().forClient(newClient(other).id()).toChanges(),
                OptionalLong.empty(), T0.plusSeconds(1))).isEmpty();
        assertThat(contacts.update(account, ContactId.of(Long.MAX_VALUE), firstNameOnly("Nobody"),
                OptionalLong.empty(), T0.plusSeconds(1))).isEmpty();

        assertThat(contacts.find(account, added.id())).contains(added);
    }

    @Test
    void updateToAClientTheAccountDoesNotHaveIsRefused() {
        Contact added = newContact(account, client);
        AccountId other = newAccount();
        ContactChanges moved = aContact().forClient(newClient(other).id()).toChanges();

        assertThatThrownBy(() -> contacts.update(account, added.id(), moved, OptionalLong.of(added.version()),
                T0.plusSeconds(1))).isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> contacts.update(account, added.id(),
                aContact().forClient(Long.MAX_VALUE).toChanges(), OptionalLong.empty(), T0.plusSeconds(1)))
                .isInstanceOf(UnknownClientException.class);

        assertThat(contacts.find(account, added.id())).contains(added);
    }

    @Test
    void removeAtTheCurrentVersionDeletes() {
        Contact added = newContact(account, client);

        assertThat(contacts.remove(account, added.id(), OptionalLong.of(added.version()))).isTrue();

        assertThat(contacts.find(account, added.id())).isEmpty();
        assertThat(contacts.remove(account, added.id(), OptionalLong.of(added.version()))).isFalse();
        assertThat(contacts.remove(account, added.id(), OptionalLong.empty())).isFalse();
    }

    @Test
    void removeWithoutAVersionDeletesWhateverIsStored() {
        Contact added = newContact(account, client);
        contacts.update(account, added.id(), firstNameOnly("Changed"), OptionalLong.empty(), T0.plusSeconds(1));

        assertThat(contacts.remove(account, added.id(), OptionalLong.empty())).isTrue();

        assertThat(contacts.find(account, added.id())).isEmpty();
    }

    @Test
    void removeAtAStaleVersionOrFromAnotherAccountKeepsTheContact() {
        Contact added = newContact(account, client);

        assertThat(contacts.remove(account, added.id(), OptionalLong.of(added.version() + 1))).isFalse();
        assertThat(contacts.remove(newAccount(), added.id(), OptionalLong.of(added.version()))).isFalse();
        assertThat(contacts.remove(newAccount(), added.id(), OptionalLong.empty())).isFalse();

        assertThat(contacts.find(account, added.id())).contains(added);
    }

    @Test
    void anyOfClientIsScopedToTheAccountAndTheClient() {
        ClientId emptyClient = newClient(account).id();
        newContact(account, client);

        assertThat(contacts.anyOfClient(account, client)).isTrue();
        assertThat(contacts.anyOfClient(account, emptyClient)).isFalse();
        assertThat(contacts.anyOfClient(newAccount(), client)).isFalse();
    }

    @Test
    void concurrentAddsGetDistinctIdsAndAreAllKept() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<ContactId>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(() -> IntStream.range(0, perThread)
                        .mapToObj(i -> newContact(account, client).id())
                        .collect(Collectors.toList()));
            }
            Set<ContactId> added = new HashSet<>();
            for (Future<List<ContactId>> result : pool.invokeAll(work)) {
                added.addAll(result.get());
            }

            assertThat(added).hasSize(threads * perThread);
            assertThat(ids(ContactFilter.all())).containsExactlyInAnyOrderElementsOf(added);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(120) // a guard against a hang from leaked connections, not a speed check
    void listsClosedEarlyReleaseTheirResources() {
        for (int i = 0; i < 3; i++) {
            newContact(account, client);
        }

        for (int i = 0; i < 100; i++) {
            try (Stream<Contact> listed = contacts.list(account, ContactFilter.all())) {
                assertThat(listed.findFirst()).isPresent();
            }
        }

        assertThat(ids(ContactFilter.all())).hasSize(3);
    }

    private List<ContactId> newestIds(ContactFilter filter, PageRequest page) {
        return newestIds(filter, page, page.size());
    }

    private List<ContactId> newestIds(ContactFilter filter, PageRequest page, int limit) {
        return contacts.newestFirst(account, filter, page, limit).stream().map(row -> row.contact().id()).toList();
    }

    private List<ContactId> ids(ContactFilter filter) {
        try (Stream<Contact> listed = contacts.list(account, filter)) {
            return listed.map(Contact::id).collect(Collectors.toList());
        }
    }
}
