package io.contacts.http.undertow.v1.representation;

import io.contacts.domain.model.Contact;
import io.contacts.http.undertow.web.WireValues;

import java.util.List;

import static io.contacts.http.undertow.v1.representation.WireType.DATETIME;
import static io.contacts.http.undertow.v1.representation.WireType.OPTIONAL_TEXT;
import static io.contacts.http.undertow.v1.representation.WireType.TEXT;

/**
 * Driving adapter vocabulary: the members of a contact as written and read, in both formats. A new field of a
 * contact is added here (and to docs/contacts.xsd, which a test holds to this table).
 */
public final class ContactMembers {

    public static final Member<Contact> CREATED_AT =
            Member.of("created-at", DATETIME, contact -> WireValues.timestamp(contact.createdAt()));
    public static final Member<Contact> TITLE =
            Member.of("title", OPTIONAL_TEXT, contact -> contact.fields().title().orElse(null));
    public static final Member<Contact> UPDATED_AT =
            Member.of("updated-at", DATETIME, contact -> WireValues.timestamp(contact.updatedAt()));
    public static final Member<Contact> PHONE_OFFICE =
            Member.of("phone-office", OPTIONAL_TEXT, contact -> contact.fields().phoneOffice().orElse(null));
    public static final Member<Contact> ID =
            Member.of("id", WireType.ID, contact -> Long.toString(contact.id().value()));
    public static final Member<Contact> CLIENT_ID =
            Member.of("client-id", WireType.ID, contact -> Long.toString(contact.clientId().value()));
    public static final Member<Contact> FAX =
            Member.of("fax", OPTIONAL_TEXT, contact -> contact.fields().fax().orElse(null));
    public static final Member<Contact> LAST_NAME =
            Member.of("last-name", OPTIONAL_TEXT, contact -> contact.fields().lastName().orElse(null));
    public static final Member<Contact> EMAIL =
            Member.of("email", OPTIONAL_TEXT, contact -> contact.fields().email().map(Object::toString).orElse(null));
    public static final Member<Contact> FIRST_NAME =
            Member.of("first-name", TEXT, contact -> contact.fields().firstName());
    public static final Member<Contact> PHONE_MOBILE =
            Member.of("phone-mobile", OPTIONAL_TEXT, contact -> contact.fields().phoneMobile().orElse(null));

    /** In the order they are written: the seed's, which Harvest v1's clients saw. */
    public static final List<Member<Contact>> ALL = List.of(CREATED_AT, TITLE, UPDATED_AT, PHONE_OFFICE, ID,
            CLIENT_ID, FAX, LAST_NAME, EMAIL, FIRST_NAME, PHONE_MOBILE);

    private ContactMembers() {
    }
}
