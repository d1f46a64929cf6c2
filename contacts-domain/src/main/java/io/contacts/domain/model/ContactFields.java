package io.contacts.domain.model;

import java.util.Objects;
import java.util.Optional;

/** Value: what a caller can set on a contact; the required ones are present and every text is valid. */
public record ContactFields(
        ClientId clientId,
        String firstName,
        String lastName,
        Optional<EmailAddress> email,
        Optional<String> title,
        Optional<String> phoneOffice,
        Optional<String> phoneMobile,
        Optional<String> fax) {

    public ContactFields {
        Objects.requireNonNull(clientId, "clientId");
        TextRules.require("First name", firstName);
        TextRules.require("Last name", lastName);
        Objects.requireNonNull(email, "email");
        TextRules.requireOptional("Title", title);
        TextRules.requireOptional("Phone office", phoneOffice);
        TextRules.requireOptional("Phone mobile", phoneMobile);
        TextRules.requireOptional("Fax", fax);
    }
}
