package io.contacts.domain.service;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Field;
import io.contacts.domain.model.TextRules;
import io.contacts.domain.port.in.ContactInput;
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

    ContactFields forCreate(AccountId account, ContactInput input) {
        return validate(account, input, Optional.empty());
    }

    ContactFields forUpdate(AccountId account, ContactInput changes, ContactFields current) {
        return validate(account, changes, Optional.of(current));
    }

    private ContactFields validate(AccountId account, ContactInput input, Optional<ContactFields> current) {
        Problems problems = new Problems();
        Optional<ClientId> client = client(input.clientId(), current.map(ContactFields::clientId), problems);
        Optional<String> firstName = problems.requiredText("First name", input.firstName(),
                current.map(ContactFields::firstName));
        Optional<String> lastName = problems.requiredText("Last name", input.lastName(),
                current.map(ContactFields::lastName));
        Optional<EmailAddress> email = email(input.email(), current.flatMap(ContactFields::email), problems);
        Optional<String> title = problems.optionalText("Title", input.title(), current.flatMap(ContactFields::title));
        Optional<String> phoneOffice = problems.optionalText("Phone office", input.phoneOffice(),
                current.flatMap(ContactFields::phoneOffice));
        Optional<String> phoneMobile = problems.optionalText("Phone mobile", input.phoneMobile(),
                current.flatMap(ContactFields::phoneMobile));
        Optional<String> fax = problems.optionalText("Fax", input.fax(), current.flatMap(ContactFields::fax));
        if (!problems.isEmpty()) {
            // Only a refusal needs the lookup: then the caller hears of an unknown client with the rest. A valid
            // input goes to the store, whose foreign key refuses an unknown client (UnknownClientException).
            client.filter(candidate -> !isUnchanged(candidate, current) && clients.find(account, candidate).isEmpty())
                    .ifPresent(unknown -> problems.addFirst(CLIENT_UNKNOWN));
        }
        problems.throwIfAny();
        return new ContactFields(client.orElseThrow(), firstName.orElseThrow(), lastName.orElseThrow(),
                email, title, phoneOffice, phoneMobile, fax);
    }

    /** The client asked for: blank is a problem at once, a non-positive number names no client at all. */
    private static Optional<ClientId> client(Field<Long> field, Optional<ClientId> current, Problems problems) {
        Optional<Long> value = Problems.applied(field, current.map(ClientId::value));
        if (value.isEmpty()) {
            problems.add(TextRules.blank("Client"));
            return Optional.empty();
        }
        if (value.get() < 1) {
            problems.add(CLIENT_UNKNOWN);
            return Optional.empty();
        }
        return Optional.of(ClientId.of(value.get()));
    }

    /** A stored contact's client exists: the store's foreign key holds it. */
    private static boolean isUnchanged(ClientId candidate, Optional<ContactFields> current) {
        return current.map(ContactFields::clientId).filter(candidate::equals).isPresent();
    }

    private static Optional<EmailAddress> email(Field<String> field, Optional<EmailAddress> current,
                                                Problems problems) {
        Optional<String> text = problems.optionalText("Email", field, current.map(EmailAddress::value));
        if (text.isPresent() && !EmailAddress.isWellFormed(text.get())) {
            problems.add(EMAIL_INVALID);
            return Optional.empty();
        }
        return text.map(EmailAddress::of);
    }
}
