package io.contacts.http.undertow.export;

import com.github.mangstadt.vinnie.SyntaxStyle;
import com.github.mangstadt.vinnie.VObjectParameters;
import com.github.mangstadt.vinnie.io.VObjectPropertyValues;
import com.github.mangstadt.vinnie.io.VObjectWriter;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactUid;
import io.contacts.domain.model.EmailAddress;

import org.apache.commons.io.output.StringBuilderWriter;


import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Driving adapter: contacts as vCards, written property by property through vinnie, the vCard library's own writer
 * (ez-vcard writes through it): it folds lines, escapes newlines and checks names and parameters; the values are
 * escaped by its {@link VObjectPropertyValues}. Not ez-vcard's object model: a {@code VCard} built and taken apart
 * again for each contact makes the writer 1.8 times as slow (docs/performance.md, "Exports").
 */
final class VCardContacts {

    /** REV as RFC 6350 writes a timestamp (basic format), and as RFC 2426 does (extended). */
    private static final DateTimeFormatter REV_4 = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssX")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter REV_3 = DateTimeFormatter.ISO_INSTANT;
    private static final int BATCH_CHARS = 8 * 1024;
    private static final VObjectParameters WORK = type("work");
    private static final VObjectParameters CELL = type("cell");
    private static final VObjectParameters FAX = type("fax");

    private VCardContacts() {
    }

    static void write(Iterator<Contact> contacts, Map<ClientId, String> clientNames, boolean version4,
                      Writer out) throws IOException {
        // The folding writer hands on each property in many small pieces: an unsynchronized builder takes them,
        // and the text goes on to the encoder a few cards at a time.
        StringBuilderWriter cards = new StringBuilderWriter(2 * BATCH_CHARS);
        VObjectWriter writer = new VObjectWriter(cards, SyntaxStyle.NEW);
        StringBuilder text = cards.getBuilder();
        while (contacts.hasNext()) {
            Contact contact = contacts.next();
            card(writer, contact, clientNames.get(contact.clientId()), version4);
            if (text.length() >= BATCH_CHARS) {
                out.append(text);
                text.setLength(0);
            }
        }
        out.append(text);
        out.flush();
    }

    private static void card(VObjectWriter writer, Contact contact, String client, boolean version4)
            throws IOException {
        ContactFields fields = contact.fields();
        writer.writeBeginComponent("VCARD");
        writer.writeVersion(version4 ? "4.0" : "3.0");
        writer.writeProperty("UID", ContactUid.of(contact.accountId(), contact.id()));
        writer.writeProperty("FN", text(fields.lastName().map(last -> fields.firstName() + " " + last)
                .orElse(fields.firstName())));
        // RFC 6350 and RFC 2426 give N five components, empty ones included.
        writer.writeProperty("N", VObjectPropertyValues.writeStructured(List.of(List.of(fields.lastName().orElse("")),
                List.of(fields.firstName()), List.of(), List.of(), List.of()), true));
        optional(writer, "EMAIL", fields.email().map(EmailAddress::value));
        telephone(writer, WORK, fields.phoneOffice());
        telephone(writer, CELL, fields.phoneMobile());
        telephone(writer, FAX, fields.fax());
        optional(writer, "TITLE", fields.title());
        if (client != null) {
            writer.writeProperty("ORG", VObjectPropertyValues.writeStructured(List.of(List.of(client)), false));
        }
        writer.writeProperty("REV", (version4 ? REV_4 : REV_3).format(contact.updatedAt()
                .truncatedTo(ChronoUnit.SECONDS)));
        writer.writeEndComponent("VCARD");
    }

    private static void optional(VObjectWriter writer, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            writer.writeProperty(name, text(value.get()));
        }
    }

    private static void telephone(VObjectWriter writer, VObjectParameters type, Optional<String> number)
            throws IOException {
        if (number.isPresent()) {
            writer.writeProperty(null, "TEL", type, text(number.get()));
        }
    }

    private static String text(String value) {
        return VObjectPropertyValues.escape(value);
    }

    private static VObjectParameters type(String value) {
        VObjectParameters parameters = new VObjectParameters();
        parameters.put("TYPE", value);
        return parameters;
    }
}
