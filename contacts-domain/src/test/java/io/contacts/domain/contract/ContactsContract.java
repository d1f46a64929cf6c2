package io.contacts.domain.contract;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.UnknownClientException;
import io.contacts.domain.port.out.Contacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.contacts.domain.testdata.ContactTestData.aContact;
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
    void updateAtTheCurrentVersionReplacesEveryField() {
        Contact added = newContact(account, client);
        ClientId otherClient = newClient(account).id();
        ContactFields newFields = aContact().forClient(otherClient).withFirstName("Janet").withoutOptionalFields()
                .build();
        Contact changed = added.changedTo(newFields, T0.plusSeconds(5));

        assertThat(contacts.update(changed, added.version())).isTrue();

        assertThat(contacts.find(account, added.id())).contains(changed);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.createdAt()).isEqualTo(T0);
    }

    @Test
    void updateAtAStaleVersionChangesNothing() {
        Contact added = newContact(account, client);
        Contact first = added.changedTo(aContact().forClient(client).withFirstName("First").build(), T0);
        Contact second = added.changedTo(aContact().forClient(client).withFirstName("Second").build(), T0);

        assertThat(contacts.update(first, added.version())).isTrue();
        assertThat(contacts.update(second, added.version())).isFalse();

        assertThat(contacts.find(account, added.id())).contains(first);
    }

    @Test
    void updateInAnotherAccountChangesNothing() {
        Contact added = newContact(account, client);
        AccountId other = newAccount();
        Contact intruder = new Contact(added.id(), other, aContact().forClient(newClient(other).id()).build(),
                T0, T0, 2);

        assertThat(contacts.update(intruder, added.version())).isFalse();

        assertThat(contacts.find(account, added.id())).contains(added);
    }

    @Test
    void updateToAClientTheAccountDoesNotHaveIsRefused() {
        Contact added = newContact(account, client);
        AccountId other = newAccount();
        Contact moved = added.changedTo(aContact().forClient(newClient(other).id()).build(), T0);

        assertThatThrownBy(() -> contacts.update(moved, added.version())).isInstanceOf(UnknownClientException.class);

        assertThat(contacts.find(account, added.id())).contains(added);
    }

    @Test
    void removeAtTheCurrentVersionDeletes() {
        Contact added = newContact(account, client);

        assertThat(contacts.remove(account, added.id(), added.version())).isTrue();

        assertThat(contacts.find(account, added.id())).isEmpty();
        assertThat(contacts.remove(account, added.id(), added.version())).isFalse();
    }

    @Test
    void removeAtAStaleVersionOrFromAnotherAccountKeepsTheContact() {
        Contact added = newContact(account, client);

        assertThat(contacts.remove(account, added.id(), added.version() + 1)).isFalse();
        assertThat(contacts.remove(newAccount(), added.id(), added.version())).isFalse();

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

    private List<ContactId> ids(ContactFilter filter) {
        try (Stream<Contact> listed = contacts.list(account, filter)) {
            return listed.map(Contact::id).collect(Collectors.toList());
        }
    }
}
