package io.contacts.domain.service;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.StaleVersionException;
import io.contacts.domain.model.UnknownClientException;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.CreateContactCommand;
import io.contacts.domain.port.in.CreateContactUseCase;
import io.contacts.domain.port.in.DeleteContactCommand;
import io.contacts.domain.port.in.DeleteContactUseCase;
import io.contacts.domain.port.in.GetContactQuery;
import io.contacts.domain.port.in.ListContactsQuery;
import io.contacts.domain.port.in.UpdateContactCommand;
import io.contacts.domain.port.in.UpdateContactUseCase;
import io.contacts.domain.port.out.Clients;
import io.contacts.domain.port.out.Contacts;
import io.contacts.domain.port.out.Transactions;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Use cases of contacts: list, read, create, change and delete, each within the caller's account. */
final class ContactService implements ListContactsQuery, GetContactQuery, CreateContactUseCase,
        UpdateContactUseCase, DeleteContactUseCase {

    private static final String KIND = "Contact";

    private final Contacts contacts;
    private final Clients clients;
    private final Transactions transactions;
    private final Timestamps time;
    private final ContactValidator validator;

    ContactService(Contacts contacts, Clients clients, Transactions transactions, Clock clock) {
        this.contacts = contacts;
        this.clients = clients;
        this.transactions = transactions;
        this.time = new Timestamps(clock);
        this.validator = new ContactValidator(clients);
    }

    @Override
    public Stream<Contact> listContacts(AccountId account, ContactFilter filter) {
        filter.client().ifPresent(client -> clients.find(account, client)
                .orElseThrow(() -> NotFoundException.client(client)));
        return contacts.list(account, filter);
    }

    @Override
    public Contact getContact(AccountId account, ContactId id) {
        return contacts.find(account, id).orElseThrow(() -> NotFoundException.contact(id));
    }

    /** One write and no read for a valid input, so no transaction: the store's single insert is atomic. */
    @Override
    public Contact createContact(CreateContactCommand command) {
        ContactFields fields = validator.forCreate(command.account(), command.contact());
        return knownClient(() -> contacts.add(command.account(), fields, time.now()));
    }

    @Override
    public Contact updateContact(UpdateContactCommand command) {
        return OptimisticRetry.run(() -> transactions.inTransaction(() -> {
            Contact current = getContact(command.account(), command.id());
            VersionCheck.require(command.expectedVersion(), current.version(), KIND, command.id().value());
            ContactFields fields = validator.forUpdate(command.account(), command.changes(), current.fields());
            Contact changed = current.changedTo(fields, time.after(current.updatedAt()));
            boolean written = knownClient(() -> contacts.update(changed, current.version()));
            return written ? Optional.of(changed) : Optional.empty();
        }), () -> new StaleVersionException(KIND, command.id().value()));
    }

    @Override
    public void deleteContact(DeleteContactCommand command) {
        OptimisticRetry.run(() -> transactions.inTransaction(() -> {
            Contact current = getContact(command.account(), command.id());
            VersionCheck.require(command.expectedVersion(), current.version(), KIND, command.id().value());
            boolean removed = contacts.remove(command.account(), command.id(), current.version());
            return removed ? Optional.of(current) : Optional.empty();
        }), () -> new StaleVersionException(KIND, command.id().value()));
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
