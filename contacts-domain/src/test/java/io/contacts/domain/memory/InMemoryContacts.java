package io.contacts.domain.memory;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactChanges;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.PageRequest;
import io.contacts.domain.model.UnknownClientException;
import io.contacts.domain.port.out.Contacts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Driven adapter: contacts in memory, with the foreign key to clients a database would enforce. */
final class InMemoryContacts implements Contacts {

    private final InMemoryDatabase db;

    InMemoryContacts(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Contact add(AccountId account, ContactFields fields, Instant now) {
        return db.locked(() -> {
            requireClient(account, fields.clientId());
            ContactId id = ContactId.of(db.contactIds.incrementAndGet());
            Contact contact = new Contact(id, account, fields, now, now, 1);
            db.contacts.put(id.value(), contact);
            db.onRollback(() -> db.contacts.remove(id.value()));
            return contact;
        });
    }

    @Override
    public Optional<Contact> find(AccountId account, ContactId id) {
        return db.locked(() -> Optional.ofNullable(db.contacts.get(id.value()))
                .filter(contact -> contact.accountId().equals(account)));
    }

    @Override
    public Optional<ContactWithClient> findWithClient(AccountId account, ContactId id) {
        return db.locked(() -> find(account, id).map(this::withClient));
    }

    @Override
    public List<ContactWithClient> newestFirst(AccountId account, ContactFilter filter, PageRequest page, int limit) {
        return db.locked(() -> InMemoryPages.newestFirst(db.contacts, matching(account, filter), page, limit).stream()
                .map(this::withClient)
                .collect(Collectors.toList()));
    }

    @Override
    public long count(AccountId account, ContactFilter filter) {
        return db.locked(() -> db.contacts.values().stream().filter(matching(account, filter)).count());
    }

    private static Predicate<Contact> matching(AccountId account, ContactFilter filter) {
        return contact -> contact.accountId().equals(account) && filter.matches(contact);
    }

    /** Call it holding the lock: the foreign key keeps a contact's client there. */
    private ContactWithClient withClient(Contact contact) {
        return new ContactWithClient(contact, db.clients.get(contact.clientId().value()).name());
    }

    @Override
    public Stream<Contact> list(AccountId account, ContactFilter filter) {
        // A snapshot: the in-memory store is for tests, where lists are small.
        List<Contact> matching = db.locked(() -> db.contacts.values().stream()
                .filter(matching(account, filter))
                .collect(Collectors.toList()));
        return matching.stream();
    }

    @Override
    public Optional<Contact> update(AccountId account, ContactId id, ContactChanges changes,
                                    OptionalLong expectedVersion, Instant now) {
        return db.locked(() -> {
            Optional<Contact> current = atVersion(account, id, expectedVersion);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Contact before = current.get();
            ContactFields fields = changes.appliedTo(before.fields());
            if (!fields.clientId().equals(before.clientId())) {
                requireClient(account, fields.clientId());
            }
            Instant updatedAt = now.isAfter(before.updatedAt()) ? now : before.updatedAt().plus(1, ChronoUnit.MICROS);
            Contact changed = before.changedTo(fields, updatedAt);
            db.contacts.put(id.value(), changed);
            db.onRollback(() -> db.contacts.put(id.value(), before));
            return Optional.of(changed);
        });
    }

    @Override
    public boolean remove(AccountId account, ContactId id, OptionalLong expectedVersion) {
        return db.locked(() -> {
            Optional<Contact> current = atVersion(account, id, expectedVersion);
            current.ifPresent(removed -> {
                db.contacts.remove(id.value());
                db.onRollback(() -> db.contacts.put(id.value(), removed));
            });
            return current.isPresent();
        });
    }

    private Optional<Contact> atVersion(AccountId account, ContactId id, OptionalLong expectedVersion) {
        return find(account, id).filter(contact -> expectedVersion.isEmpty()
                || contact.version() == expectedVersion.getAsLong());
    }

    @Override
    public boolean anyOfClient(AccountId account, ClientId client) {
        return db.locked(() -> db.contacts.values().stream()
                .anyMatch(contact -> contact.accountId().equals(account) && contact.clientId().equals(client)));
    }

    private void requireClient(AccountId account, ClientId client) {
        Client owner = db.clients.get(client.value());
        if (owner == null || !owner.accountId().equals(account)) {
            throw new UnknownClientException(client);
        }
    }
}
