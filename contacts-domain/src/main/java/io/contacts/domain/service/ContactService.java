package io.contacts.domain.service;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactChanges;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.Page;
import io.contacts.domain.model.PageRequest;
import io.contacts.domain.model.StaleVersionException;
import io.contacts.domain.model.UnknownClientException;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.CreateContactCommand;
import io.contacts.domain.port.in.CreateContactUseCase;
import io.contacts.domain.port.in.DeleteContactCommand;
import io.contacts.domain.port.in.DeleteContactUseCase;
import io.contacts.domain.port.in.GetContactQuery;
import io.contacts.domain.port.in.GetContactWithClientQuery;
import io.contacts.domain.port.in.ListContactsQuery;
import io.contacts.domain.port.in.PageContactsQuery;
import io.contacts.domain.port.in.UpdateContactCommand;
import io.contacts.domain.port.in.UpdateContactUseCase;
import io.contacts.domain.port.out.Clients;
import io.contacts.domain.port.out.Contacts;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Use cases of contacts: list, page, read, create, change and delete, each within the caller's account. */
final class ContactService implements ListContactsQuery, GetContactQuery, CreateContactUseCase,
        UpdateContactUseCase, DeleteContactUseCase, PageContactsQuery, GetContactWithClientQuery {

    private static final String KIND = "Contact";

    private final Contacts contacts;
    private final Clients clients;
    private final Timestamps time;
    private final ContactValidator validator;

    ContactService(Contacts contacts, Clients clients, Clock clock) {
        this.contacts = contacts;
        this.clients = clients;
        this.time = new Timestamps(clock);
        this.validator = new ContactValidator(clients);
    }

    @Override
    public Stream<Contact> listContacts(AccountId account, ContactFilter filter) {
        filter.client().ifPresent(client -> clients.find(account, client)
                .orElseThrow(() -> NotFoundException.client(client)));
        return contacts.list(account, filter);
    }

    /**
     * No lookup of a client the filter names: the store's queries are scoped by the account, so another account's
     * client, like none, matches nothing, and a page answers with what it holds rather than a 404.
     */
    @Override
    public Page<ContactWithClient> contactPage(AccountId account, ContactFilter filter, PageRequest page) {
        return Pages.of(contacts.newestFirst(account, filter, page, Pages.limit(page)), page,
                () -> contacts.count(account, filter));
    }

    @Override
    public Contact getContact(AccountId account, ContactId id) {
        return contacts.find(account, id).orElseThrow(() -> NotFoundException.contact(id));
    }

    @Override
    public ContactWithClient contactWithClient(AccountId account, ContactId id) {
        return contacts.findWithClient(account, id).orElseThrow(() -> NotFoundException.contact(id));
    }

    /** One write and no read for a valid input, so no transaction: the store's single insert is atomic. */
    @Override
    public Contact createContact(CreateContactCommand command) {
        ContactFields fields = validator.forCreate(command.account(), command.contact(), command.lastName());
        return knownClient(() -> contacts.add(command.account(), fields, time.now()));
    }

    /** One conditional write; a second look only when it matched nothing and the caller named a version. */
    @Override
    public Contact updateContact(UpdateContactCommand command) {
        ContactChanges changes = validator.forUpdate(command.account(), command.changes(), command.lastName());
        return knownClient(() -> contacts.update(command.account(), command.id(), changes,
                command.expectedVersion(), time.now()))
                .orElseThrow(() -> missed(command.account(), command.id(), command.expectedVersion()));
    }

    /** One conditional delete; a second look only when it matched nothing and the caller named a version. */
    @Override
    public void deleteContact(DeleteContactCommand command) {
        if (!contacts.remove(command.account(), command.id(), command.expectedVersion())) {
            throw missed(command.account(), command.id(), command.expectedVersion());
        }
    }

    /**
     * Why a write that matched nothing did: without a version the contact is not there; with one, it may be there
     * at another version, which is the caller's stale precondition rather than a missing contact.
     */
    private RuntimeException missed(AccountId account, ContactId id, OptionalLong expectedVersion) {
        if (expectedVersion.isPresent() && contacts.find(account, id).isPresent()) {
            return new StaleVersionException(KIND, id.value());
        }
        return NotFoundException.contact(id);
    }

    /** A write the store refused for its client: not one of the account's, or gone since it was looked at. */
    private static <T> T knownClient(Supplier<T> write) {
        try {
            return write.get();
        } catch (UnknownClientException e) {
            throw ValidationException.of(ContactValidator.CLIENT_UNKNOWN);
        }
    }
}
