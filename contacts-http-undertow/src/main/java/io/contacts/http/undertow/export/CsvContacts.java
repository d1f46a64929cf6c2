package io.contacts.http.undertow.export;

import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.EmailAddress;
import io.contacts.http.undertow.web.WireValues;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;

/** Driving adapter: contacts as RFC 4180 CSV with a header row, one record written at a time by Commons CSV. */
final class CsvContacts {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("id", "client_id", "client_name", "first_name", "last_name", "title", "email",
                    "phone_office", "phone_mobile", "fax", "created_at", "updated_at")
            .get();

    private CsvContacts() {
    }

    static void write(Iterator<Contact> contacts, Map<ClientId, String> clientNames, Writer out)
            throws IOException {
        CSVPrinter printer = new CSVPrinter(new BufferedWriter(out), FORMAT);
        while (contacts.hasNext()) {
            Contact contact = contacts.next();
            ContactFields fields = contact.fields();
            printer.printRecord(contact.id().value(), contact.clientId().value(),
                    clientNames.getOrDefault(contact.clientId(), ""), fields.firstName(),
                    fields.lastName().orElse(""), fields.title().orElse(""),
                    fields.email().map(EmailAddress::value).orElse(""), fields.phoneOffice().orElse(""),
                    fields.phoneMobile().orElse(""), fields.fax().orElse(""),
                    WireValues.timestamp(contact.createdAt()), WireValues.timestamp(contact.updatedAt()));
        }
        printer.flush();
    }
}
