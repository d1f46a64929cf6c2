package io.contacts.domain.testdata;

import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.ContactChanges;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ContactInput;

import java.util.Optional;

/** Test-data builder for contacts; by default the seed's Jane Doe, every field filled in. */
public final class ContactTestData {

    private Long clientId;
    private String firstName = "Jane";
    private String lastName = "Doe";
    private String email = "Jane@Doe.com";
    private String title = "President";
    private String phoneOffice = "555.555.5555";
    private String phoneMobile = "555.555.7777";
    private String fax = "555.555.9999";

    private ContactTestData() {
    }

    public static ContactTestData aContact() {
        return new ContactTestData();
    }

    public ContactTestData forClient(ClientId client) {
        return forClient(client.value());
    }

    public ContactTestData forClient(long client) {
        this.clientId = client;
        return this;
    }

    public ContactTestData withFirstName(String value) {
        this.firstName = value;
        return this;
    }

    public ContactTestData withLastName(String value) {
        this.lastName = value;
        return this;
    }

    public ContactTestData withEmail(String value) {
        this.email = value;
        return this;
    }

    public ContactTestData withTitle(String value) {
        this.title = value;
        return this;
    }

    public ContactTestData withPhoneOffice(String value) {
        this.phoneOffice = value;
        return this;
    }

    public ContactTestData withPhoneMobile(String value) {
        this.phoneMobile = value;
        return this;
    }

    public ContactTestData withFax(String value) {
        this.fax = value;
        return this;
    }

    /** Only the required fields: every optional one absent ({@code null}). */
    public ContactTestData withoutOptionalFields() {
        email = null;
        title = null;
        phoneOffice = null;
        phoneMobile = null;
        fax = null;
        return this;
    }

    /** Valid fields as a store keeps them; needs a client. */
    public ContactFields build() {
        if (clientId == null) {
            throw new IllegalStateException("a stored contact needs a client: call forClient(…)");
        }
        return new ContactFields(ClientId.of(clientId), firstName, Optional.ofNullable(lastName),
                Optional.ofNullable(email).map(EmailAddress::of), Optional.ofNullable(title),
                Optional.ofNullable(phoneOffice), Optional.ofNullable(phoneMobile), Optional.ofNullable(fax));
    }

    /** What a caller would send: every non-null value present, the others absent. Nothing is validated. */
    public ContactInput toInput() {
        return new ContactInput(Field.ofNullable(clientId), Field.ofNullable(firstName), Field.ofNullable(lastName),
                Field.ofNullable(email), Field.ofNullable(title), Field.ofNullable(phoneOffice),
                Field.ofNullable(phoneMobile), Field.ofNullable(fax));
    }

    /** A change that rewrites every field a stored contact has: a null optional one (last name too) is cleared. */
    public ContactChanges toChanges() {
        ContactFields fields = build();
        return new ContactChanges(Field.of(fields.clientId()), Field.of(firstName), setOrClear(fields.lastName()),
                setOrClear(fields.email()), setOrClear(fields.title()), setOrClear(fields.phoneOffice()),
                setOrClear(fields.phoneMobile()), setOrClear(fields.fax()));
    }

    /** A change to the first name alone: every other field keeps its stored value. */
    public static ContactChanges firstNameOnly(String firstName) {
        return new ContactChanges(Field.absent(), Field.of(firstName), Field.absent(), Field.absent(),
                Field.absent(), Field.absent(), Field.absent(), Field.absent());
    }

    /** A change to the last name alone (set, or cleared by a blank): every other field keeps its stored value. */
    public static ContactChanges lastNameOnly(Field<String> lastName) {
        return new ContactChanges(Field.absent(), Field.absent(), lastName, Field.absent(),
                Field.absent(), Field.absent(), Field.absent(), Field.absent());
    }

    private static <T> Field<T> setOrClear(Optional<T> value) {
        return value.map(Field::of).orElseGet(Field::blank);
    }
}
