package io.contacts.http.undertow.export;

import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Driving adapter: the formats contacts are exported in — vCard 4.0 (RFC 6350), vCard 3.0 (RFC 2426) and CSV
 * (RFC 4180) — each written one contact at a time, for the HTTP routes and the command line alike.
 */
public enum ExportFormat {
    VCARD_4("text/vcard; charset=utf-8"),
    VCARD_3("text/vcard; charset=utf-8"),
    CSV("text/csv; charset=utf-8");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The vCard format of a version as written ({@code 4.0}, {@code 3.0}); empty for any other text. */
    public static Optional<ExportFormat> vcard(String version) {
        switch (version) {
            case "4.0":
                return Optional.of(VCARD_4);
            case "3.0":
                return Optional.of(VCARD_3);
            default:
                return Optional.empty();
        }
    }

    /** The Content-Type of a response in this format, always UTF-8. */
    public String contentType() {
        return contentType;
    }

    /**
     * Writes the contacts as they come, in UTF-8, and flushes; {@code out} is left open.
     *
     * @param clientNames the account's clients' names by id, for {@code ORG} and {@code client_name}
     */
    public void write(Iterator<Contact> contacts, Map<ClientId, String> clientNames, OutputStream out)
            throws IOException {
        write(contacts, clientNames, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Writes the contacts as they come to a text stream (a file, standard output), and flushes it. */
    public void write(Iterator<Contact> contacts, Map<ClientId, String> clientNames, Writer out) throws IOException {
        if (this == CSV) {
            CsvContacts.write(contacts, clientNames, out);
        } else {
            VCardContacts.write(contacts, clientNames, this == VCARD_4, out);
        }
    }
}
