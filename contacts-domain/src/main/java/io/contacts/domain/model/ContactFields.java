package io.contacts.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Value: what a caller can set on a contact; the required ones (client and first name) are present and every text is
 * valid. The constructor checks every text; {@link #stored} takes back what a store wrote without checking the texts
 * again.
 */
public final class ContactFields {

    private final ClientId clientId;
    private final String firstName;
    private final Optional<String> lastName;
    private final Optional<EmailAddress> email;
    private final Optional<String> title;
    private final Optional<String> phoneOffice;
    private final Optional<String> phoneMobile;
    private final Optional<String> fax;

    public ContactFields(ClientId clientId, String firstName, Optional<String> lastName, Optional<EmailAddress> email,
                         Optional<String> title, Optional<String> phoneOffice, Optional<String> phoneMobile,
                         Optional<String> fax) {
        this(true, clientId, firstName, lastName, email, title, phoneOffice, phoneMobile, fax);
    }

    private ContactFields(boolean checkTexts, ClientId clientId, String firstName, Optional<String> lastName,
                          Optional<EmailAddress> email, Optional<String> title, Optional<String> phoneOffice,
                          Optional<String> phoneMobile, Optional<String> fax) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.firstName = checkTexts ? TextRules.require("First name", firstName)
                : Objects.requireNonNull(firstName, "firstName");
        this.lastName = checkTexts ? TextRules.requireOptional("Last name", lastName)
                : Objects.requireNonNull(lastName, "lastName");
        this.email = Objects.requireNonNull(email, "email");
        this.title = checkTexts ? TextRules.requireOptional("Title", title) : Objects.requireNonNull(title, "title");
        this.phoneOffice = checkTexts ? TextRules.requireOptional("Phone office", phoneOffice)
                : Objects.requireNonNull(phoneOffice, "phoneOffice");
        this.phoneMobile = checkTexts ? TextRules.requireOptional("Phone mobile", phoneMobile)
                : Objects.requireNonNull(phoneMobile, "phoneMobile");
        this.fax = checkTexts ? TextRules.requireOptional("Fax", fax) : Objects.requireNonNull(fax, "fax");
    }

    /**
     * The fields of a contact as a store wrote them. Only the domain writes contacts, and it checked every text on
     * the way in; checking each row of a million-row list again cost a tenth of the list's CPU (docs/performance.md).
     */
    public static ContactFields stored(ClientId clientId, String firstName, Optional<String> lastName,
                                       Optional<EmailAddress> email, Optional<String> title,
                                       Optional<String> phoneOffice, Optional<String> phoneMobile,
                                       Optional<String> fax) {
        return new ContactFields(false, clientId, firstName, lastName, email, title, phoneOffice, phoneMobile, fax);
    }

    public ClientId clientId() {
        return clientId;
    }

    public String firstName() {
        return firstName;
    }

    /** Harvest v1 requires one on the contacts it creates; the domain and v2 do not ({@code LastNameRule}). */
    public Optional<String> lastName() {
        return lastName;
    }

    public Optional<EmailAddress> email() {
        return email;
    }

    public Optional<String> title() {
        return title;
    }

    public Optional<String> phoneOffice() {
        return phoneOffice;
    }

    public Optional<String> phoneMobile() {
        return phoneMobile;
    }

    public Optional<String> fax() {
        return fax;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactFields that && clientId.equals(that.clientId)
                && firstName.equals(that.firstName) && lastName.equals(that.lastName) && email.equals(that.email)
                && title.equals(that.title) && phoneOffice.equals(that.phoneOffice)
                && phoneMobile.equals(that.phoneMobile) && fax.equals(that.fax);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, firstName, lastName, email, title, phoneOffice, phoneMobile, fax);
    }

    @Override
    public String toString() {
        return "ContactFields[clientId=" + clientId + ", firstName=" + firstName + ", lastName=" + lastName
                + ", email=" + email + ", title=" + title + ", phoneOffice=" + phoneOffice
                + ", phoneMobile=" + phoneMobile + ", fax=" + fax + "]";
    }
}
