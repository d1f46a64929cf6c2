package io.contacts.domain.contract;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.Field;
import io.contacts.domain.model.UnknownClientException;
import io.contacts.domain.port.out.Contacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
public abstract class ContactsContract extends ContactsInAnAccount {

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
