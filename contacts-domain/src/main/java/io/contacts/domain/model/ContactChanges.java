package io.contacts.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Value: a valid change to a stored contact, field by field — {@link Field.Absent} keeps the stored value,
 * {@link Field.Blank} clears an optional one, {@link Field.Present} sets a valid, stripped value. A store can
 * apply it in one statement, without reading the contact first.
 */
public record ContactChanges(
        Field<ClientId> clientId,
        Field<String> firstName,
        Field<String> lastName,
        Field<EmailAddress> email,
        Field<String> title,
        Field<String> phoneOffice,
        Field<String> phoneMobile,
        Field<String> fax) {

    public ContactChanges {
        requireNotCleared("Client", clientId);
        requireNotCleared("First name", firstName);
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(email, "email");
        present(firstName).ifPresent(text -> TextRules.require("First name", text));
        TextRules.requireOptional("Last name", present(lastName));
        TextRules.requireOptional("Title", present(title));
        TextRules.requireOptional("Phone office", present(phoneOffice));
        TextRules.requireOptional("Phone mobile", present(phoneMobile));
        TextRules.requireOptional("Fax", present(fax));
    }

    /** The fields of {@code current} after this change. */
    public ContactFields appliedTo(ContactFields current) {
        return new ContactFields(
                present(clientId).orElse(current.clientId()),
                present(firstName).orElse(current.firstName()),
                applied(lastName, current.lastName()),
                applied(email, current.email()),
                applied(title, current.title()),
                applied(phoneOffice, current.phoneOffice()),
                applied(phoneMobile, current.phoneMobile()),
                applied(fax, current.fax()));
    }

    /**
     * The fields of a new contact made of this change alone.
     *
     * @throws IllegalStateException when it leaves a required field unset
     */
    public ContactFields asNewContact() {
        return new ContactFields(required(clientId), required(firstName), present(lastName), present(email),
                present(title), present(phoneOffice), present(phoneMobile), present(fax));
    }

    /** The value a field sets: empty when it keeps or clears the stored one. */
    public static <T> Optional<T> present(Field<T> field) {
        return field instanceof Field.Present<T> set ? Optional.of(set.value()) : Optional.empty();
    }

    private static <T> Optional<T> applied(Field<T> field, Optional<T> current) {
        return field instanceof Field.Absent ? current : present(field);
    }

    private static <T> T required(Field<T> field) {
        return present(field).orElseThrow(() -> new IllegalStateException("A required field is not set"));
    }

    private static void requireNotCleared(String label, Field<?> field) {
        if (Objects.requireNonNull(field, label) instanceof Field.Blank) {
            throw new IllegalArgumentException(label + " is required and cannot be cleared");
        }
    }
}
