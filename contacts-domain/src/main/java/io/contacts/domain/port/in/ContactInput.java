package io.contacts.domain.port.in;

import io.contacts.domain.model.Field;

import java.util.Objects;

/**
 * What a caller sent for a contact, field by field, before any validation. On create an absent field
 * is blank; on update it keeps the stored value. The client id is a raw number: whether it names one of
 * the account's clients is the domain's question.
 */
public record ContactInput(
        Field<Long> clientId,
        Field<String> firstName,
        Field<String> lastName,
        Field<String> email,
        Field<String> title,
        Field<String> phoneOffice,
        Field<String> phoneMobile,
        Field<String> fax) {

    public ContactInput {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(phoneOffice, "phoneOffice");
        Objects.requireNonNull(phoneMobile, "phoneMobile");
        Objects.requireNonNull(fax, "fax");
    }

    /** An input with no field sent: a starting point for callers that set a few. */
    public static ContactInput none() {
        return new ContactInput(Field.absent(), Field.absent(), Field.absent(), Field.absent(),
                Field.absent(), Field.absent(), Field.absent(), Field.absent());
    }
}
