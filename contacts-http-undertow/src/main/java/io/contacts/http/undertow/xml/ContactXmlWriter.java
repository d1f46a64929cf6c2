package io.contacts.http.undertow.xml;

import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.EmailAddress;
import io.contacts.http.undertow.representation.WireValues;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;

/**
 * Driving adapter XML writer: the contact documents — one {@code <contact>}, or a {@code <contacts type="array">}
 * written while its rows stream — built as text and sent as UTF-8, in the shape the other documents get from
 * JAXB and StAX: the declaration, two-space indentation, the seed's element order, {@code type} attributes,
 * {@code nil="true"} self-closed, {@code &}, {@code <}, {@code >} escaped and a carriage return written
 * {@code &#13;}. Contacts are the documents sent by the thousand, and JAXB with StAX cost more than everything
 * else in sending them. Escaping those four characters is enough: the domain holds only text that XML 1.0 can
 * carry.
 */
final class ContactXmlWriter {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    /** A list's text is handed to the stream in batches of about this many characters. */
    private static final int BATCH = 8 * 1024;

    private ContactXmlWriter() {
    }

    static void one(Contact contact, OutputStream out) throws IOException {
        StringBuilder xml = new StringBuilder(768).append(DECLARATION);
        contact(xml, contact, "");
        send(xml, out);
    }

    static void list(Iterator<Contact> contacts, OutputStream out) throws IOException {
        StringBuilder xml = new StringBuilder(BATCH + 1024).append(DECLARATION);
        if (!contacts.hasNext()) {
            send(xml.append("<contacts type=\"array\"/>\n"), out);
            return;
        }
        xml.append("<contacts type=\"array\">\n");
        while (contacts.hasNext()) {
            contact(xml, contacts.next(), "  ");
            if (xml.length() >= BATCH) {
                send(xml, out);
            }
        }
        send(xml.append("</contacts>\n"), out);
    }

    private static void contact(StringBuilder xml, Contact contact, String indent) {
        ContactFields fields = contact.fields();
        String inner = indent + "  ";
        xml.append(indent).append("<contact>\n");
        typed(xml, inner, "created-at", "datetime", WireValues.timestamp(contact.createdAt()));
        text(xml, inner, "title", fields.title());
        typed(xml, inner, "updated-at", "datetime", WireValues.timestamp(contact.updatedAt()));
        text(xml, inner, "phone-office", fields.phoneOffice());
        typed(xml, inner, "id", "integer", Long.toString(contact.id().value()));
        typed(xml, inner, "client-id", "integer", Long.toString(fields.clientId().value()));
        text(xml, inner, "fax", fields.fax());
        text(xml, inner, "last-name", fields.lastName());
        text(xml, inner, "email", fields.email().map(EmailAddress::value));
        text(xml, inner, "first-name", fields.firstName());
        text(xml, inner, "phone-mobile", fields.phoneMobile());
        xml.append(indent).append("</contact>\n");
    }

    private static void typed(StringBuilder xml, String indent, String name, String type, String value) {
        xml.append(indent).append('<').append(name).append(" type=\"").append(type).append("\">");
        escaped(xml, value);
        xml.append("</").append(name).append(">\n");
    }

    private static void text(StringBuilder xml, String indent, String name, String value) {
        xml.append(indent).append('<').append(name).append('>');
        escaped(xml, value);
        xml.append("</").append(name).append(">\n");
    }

    /** An absent value is the element marked nil and closed on itself, as Rails wrote it. */
    private static void text(StringBuilder xml, String indent, String name, Optional<String> value) {
        if (value.isPresent()) {
            text(xml, indent, name, value.get());
        } else {
            xml.append(indent).append('<').append(name).append(" nil=\"true\"/>\n");
        }
    }

    private static void escaped(StringBuilder xml, String text) {
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first))) {
            first++;
        }
        xml.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '\r' -> xml.append("&#13;");
                default -> xml.append(c);
            }
        }
    }

    /** A raw carriage return would reach the client as a line feed: XML parsers normalise line ends. */
    private static boolean needsEscape(char c) {
        return c == '&' || c == '<' || c == '>' || c == '\r';
    }

    private static void send(StringBuilder xml, OutputStream out) throws IOException {
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        xml.setLength(0);
    }
}
