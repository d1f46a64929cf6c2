package io.contacts.http.undertow.xml;

import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.http.undertow.representation.WireValues;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.function.Function;

/**
 * Driving adapter XML shape: {@code <contact>}, its elements in the seed's own (odd) order. Read-only
 * elements ({@code id}, timestamps) are ignored on input, as are elements it does not know. Contacts are
 * written by {@link ContactXmlWriter}, which follows this shape.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "contact", propOrder = {"createdAt", "title", "updatedAt", "phoneOffice", "id", "clientId", "fax",
        "lastName", "email", "firstName", "phoneMobile"})
public final class ContactXml {

    @XmlElement(name = "created-at")
    TypedText createdAt;
    @XmlElement(name = "title")
    TypedText title;
    @XmlElement(name = "updated-at")
    TypedText updatedAt;
    @XmlElement(name = "phone-office")
    TypedText phoneOffice;
    @XmlElement(name = "id")
    TypedText id;
    @XmlElement(name = "client-id")
    TypedText clientId;
    @XmlElement(name = "fax")
    TypedText fax;
    @XmlElement(name = "last-name")
    TypedText lastName;
    @XmlElement(name = "email")
    TypedText email;
    @XmlElement(name = "first-name")
    TypedText firstName;
    @XmlElement(name = "phone-mobile")
    TypedText phoneMobile;

    /** For JAXB. */
    public ContactXml() {
    }

    ContactInput toInput() {
        return new ContactInput(
                sent(clientId, raw -> WireValues.integer(raw, "client-id")),
                sent(firstName, WireValues::text),
                sent(lastName, WireValues::text),
                sent(email, WireValues::text),
                sent(title, WireValues::text),
                sent(phoneOffice, WireValues::text),
                sent(phoneMobile, WireValues::text),
                sent(fax, WireValues::text));
    }

    /** An element not sent stays absent (an update keeps the value); a sent one goes through its reader. */
    static <T> Field<T> sent(TypedText element, Function<String, Field<T>> reader) {
        return element == null ? Field.absent() : reader.apply(element.sent());
    }
}
