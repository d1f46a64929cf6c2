package io.contacts.domain.service;

import io.contacts.domain.memory.InMemoryStores;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactChanges;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.PageRequest;
import io.contacts.domain.model.StaleVersionException;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.port.in.CreateContactCommand;
import io.contacts.domain.port.in.DeleteContactCommand;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.domain.port.in.UpdateContactCommand;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.port.out.Contacts;
import io.contacts.domain.port.out.Stores;
import io.contacts.domain.testdata.TestDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import static io.contacts.domain.testdata.ClientTestData.aClient;
import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A contact's update and delete ask the store once — one round trip on a database — and look again only to tell
 * a stale version from a missing contact, when the write matched nothing and the caller had named a version.
 */
class ContactWriteTripsTest {

    private final List<String> calls = new ArrayList<>();
    private UseCases useCases;
    private AccountId account;
    private Contact contact;

    @BeforeEach
    void aContactAndAnEmptyLog() {
        Stores memory = InMemoryStores.create();
        TestDomain domain = TestDomain.on(new Stores(memory.accounts(), memory.users(), memory.accessTokens(),
                memory.clients(), new Logged(memory.contacts()), memory.transactions(),
                memory.tallies()));
        useCases = domain.useCases();
        account = domain.newUser().account();
        ClientId client = useCases.createClient()
                .createClient(new CreateClientCommand(account, aClient().named("Acme").toInput())).id();
        contact = useCases.createContact()
                .createContact(new CreateContactCommand(account, aContact().forClient(client).toInput(),
                        LastNameRule.REQUIRED));
        calls.clear();
    }

    @Test
    void anUpdateWithOrWithoutAVersionIsOneCall() {
        update(OptionalLong.empty());
        update(OptionalLong.of(2));

        assertThat(calls).containsExactly("update", "update");
    }

    @Test
    void aDeleteWithAVersionIsOneCall() {
        useCases.deleteContact().deleteContact(new DeleteContactCommand(account, contact.id(), OptionalLong.of(1)));

        assertThat(calls).containsExactly("remove");
    }

    @Test
    void aStaleVersionIsToldFromAMissingContactByASecondLook() {
        assertThatThrownBy(() -> update(OptionalLong.of(7))).isInstanceOf(StaleVersionException.class);
        assertThat(calls).containsExactly("update", "find");

        calls.clear();
        useCases.deleteContact().deleteContact(new DeleteContactCommand(account, contact.id(), OptionalLong.empty()));
        assertThatThrownBy(() -> update(OptionalLong.of(1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> update(OptionalLong.empty())).isInstanceOf(NotFoundException.class);
        assertThat(calls).containsExactly("remove", "update", "find", "update");
    }

    private void update(OptionalLong version) {
        useCases.updateContact().updateContact(new UpdateContactCommand(account, contact.id(),
                aContact().withFirstName("Janet").toInput(), version, LastNameRule.REQUIRED));
    }

    /** The store's contacts, with every call noted by name. */
    private final class Logged implements Contacts {

        private final Contacts store;

        Logged(Contacts store) {
            this.store = store;
        }

        @Override
        public Contact add(AccountId account, ContactFields fields, Instant now) {
            calls.add("add");
            return store.add(account, fields, now);
        }

        @Override
        public Optional<Contact> find(AccountId account, ContactId id) {
            calls.add("find");
            return store.find(account, id);
        }

        @Override
        public Optional<ContactWithClient> findWithClient(AccountId account, ContactId id) {
            calls.add("findWithClient");
            return store.findWithClient(account, id);
        }

        @Override
        public Stream<Contact> list(AccountId account, ContactFilter filter) {
            calls.add("list");
            return store.list(account, filter);
        }

        @Override
        public List<ContactWithClient> newestFirst(AccountId account, ContactFilter filter, PageRequest page,
                                                   int limit) {
            calls.add("newestFirst");
            return store.newestFirst(account, filter, page, limit);
        }

        @Override
        public long count(AccountId account, ContactFilter filter) {
            calls.add("count");
            return store.count(account, filter);
        }

        @Override
        public Optional<Contact> update(AccountId account, ContactId id, ContactChanges changes,
                                        OptionalLong expectedVersion, Instant now) {
            calls.add("update");
            return store.update(account, id, changes, expectedVersion, now);
        }

        @Override
        public boolean remove(AccountId account, ContactId id, OptionalLong expectedVersion) {
            calls.add("remove");
            return store.remove(account, id, expectedVersion);
        }

        @Override
        public boolean anyOfClient(AccountId account, ClientId client) {
            calls.add("anyOfClient");
            return store.anyOfClient(account, client);
        }
    }
}
