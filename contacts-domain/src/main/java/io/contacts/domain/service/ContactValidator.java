package io.contacts.domain.service;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.ContactChanges;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Field;
import io.contacts.domain.model.TextRules;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.domain.port.out.Clients;

import java.util.Optional;

/**
 * Turns what a caller sent into valid contact fields, or a {@code ValidationException} listing every problem.
 * Whether the client is one of the account's is left to the store for a valid input (its foreign key answers
 * with the write, saving a query on every create), and looked up only to complete a list of problems.
 */
final class ContactValidator {

    static final String CLIENT_UNKNOWN = "Client does not exist";
    static final String EMAIL_INVALID = "Email is invalid";

    private final Clients clients;

    ContactValidator(Clients clients) {
        this.clients = clients;
    }

    /** A new contact's fields: a field not sent is blank. */
    ContactFields forCreate(AccountId account, ContactInput input, LastNameRule lastName) {
        return forCreate(account, input, lastName, false);
    }

    /**
     * As {@link #forCreate(AccountId, ContactInput, LastNameRule)}, for a client the caller has found already: an
     * import checks thousands of entries against one client, and a refused one should not look it up again.
     */
    ContactFields forCreate(AccountId account, ContactInput input, LastNameRule lastName, boolean clientFound) {
        return validate(account, lastName, clientFound, new ContactInput(blankIfAbsent(input.clientId()),
                blankIfAbsent(input.firstName()),
                blankIfAbsent(input.lastName()), blankIfAbsent(input.email()), blankIfAbsent(input.title()),
                blankIfAbsent(input.phoneOffice()), blankIfAbsent(input.phoneMobile()), blankIfAbsent(input.fax())))
                .asNewContact();
    }

    /** A change to a stored contact, checked without reading it: a field not sent keeps its stored value. */
    ContactChanges forUpdate(AccountId account, ContactInput changes, LastNameRule lastName) {
        return validate(account, lastName, false, changes);
    }

    private ContactChanges validate(AccountId account, LastNameRule lastNameRule, boolean clientFound,
                                    ContactInput input) {
        Problems problems = new Problems();
        Field<ClientId> client = client(input.clientId(), problems);
        Field<String> firstName = problems.requiredChange("First name", input.firstName());
        Field<String> lastName = lastNameRule == LastNameRule.REQUIRED
                ? problems.requiredChange("Last name", input.lastName())
                : problems.optionalChange("Last name", input.lastName());
        Field<EmailAddress> email = email(input.email(), problems);
        Field<String> title = problems.optionalChange("Title", input.title());
        Field<String> phoneOffice = problems.optionalChange("Phone office", input.phoneOffice());
        Field<String> phoneMobile = problems.optionalChange("Phone mobile", input.phoneMobile());
        Field<String> fax = problems.optionalChange("Fax", input.fax());
        if (!problems.isEmpty() && !clientFound) {
            // Only a refusal needs the lookup: then the caller hears of an unknown client with the rest. A valid
            // input goes to the store, whose foreign key refuses an unknown client (UnknownClientException).
            ContactChanges.present(client).filter(candidate -> clients.find(account, candidate).isEmpty())
                    .ifPresent(unknown -> problems.addFirst(CLIENT_UNKNOWN));
        }
        problems.throwIfAny();
        return new ContactChanges(client, firstName, lastName, email, title, phoneOffice, phoneMobile, fax);
    }

    /** The client asked for: blank is a problem at once, a non-positive number names no client at all. */
    private static Field<ClientId> client(Field<Long> field, Problems problems) {
        if (field instanceof Field.Absent) {
            return Field.absent();
        }
        Optional<Long> value = ContactChanges.present(field);
        if (value.isEmpty()) {
            problems.add(TextRules.blank("Client"));
            return Field.absent();
        }
        if (value.get() < 1) {
            problems.add(CLIENT_UNKNOWN);
            return Field.absent();
        }
        return Field.of(ClientId.of(value.get()));
    }

    private static Field<EmailAddress> email(Field<String> field, Problems problems) {
        Field<String> text = problems.optionalChange("Email", field);
        Optional<String> value = ContactChanges.present(text);
        if (value.isPresent() && !EmailAddress.isWellFormed(value.get())) {
            problems.add(EMAIL_INVALID);
            return Field.absent();
        }
        return value.<Field<EmailAddress>>map(address -> Field.of(EmailAddress.of(address)))
                .orElseGet(() -> text instanceof Field.Blank ? Field.blank() : Field.absent());
    }

    private static <T> Field<T> blankIfAbsent(Field<T> field) {
        return field instanceof Field.Absent ? Field.blank() : field;
    }
}
