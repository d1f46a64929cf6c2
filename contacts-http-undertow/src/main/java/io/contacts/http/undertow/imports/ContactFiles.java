package io.contacts.http.undertow.imports;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.port.in.ImportedContact;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.RequestBodies;

import java.util.List;

/**
 * Driving adapter: the contacts of an uploaded file, by its Content-Type — vCard ({@code text/vcard},
 * {@code text/x-vcard}, {@code text/directory}) or CSV ({@code text/csv}); other types are 415. The file must be
 * UTF-8 (400), hold at least one entry (400) and at most {@link #MAX_ENTRIES} (413).
 */
public final class ContactFiles {

    /** The most entries one import takes: enough for a phone's address book, and a bound on one transaction. */
    public static final int MAX_ENTRIES = 10_000;

    static final String ACCEPTED = "text/vcard, text/x-vcard, text/directory or text/csv";

    private ContactFiles() {
    }

    /**
     * @param account the importing account, which the ids of an exported CSV are read in
     * @throws UnreadableFileException (415, 400 or 413) for a file that cannot be imported
     */
    public static List<ImportedContact> read(String contentType, byte[] body, AccountId account) {
        try {
            return entries(contentType, body, account);
        } catch (HttpProblem unreadable) {
            // The parsers share the HTTP layer's checks (media type, UTF-8); the command line reads files too.
            throw new UnreadableFileException(unreadable.status(), unreadable.getMessage());
        }
    }

    private static List<ImportedContact> entries(String contentType, byte[] body, AccountId account) {
        String mediaType = RequestBodies.mediaType(contentType);
        if (mediaType == null) {
            throw HttpProblem.unsupportedMediaType(ACCEPTED);
        }
        List<ImportedContact> entries = switch (mediaType) {
            case "text/vcard", "text/x-vcard", "text/directory" -> VcardEntries.read(text(body), MAX_ENTRIES);
            case "text/csv" -> CsvEntries.read(text(body), account, MAX_ENTRIES);
            default -> throw HttpProblem.unsupportedMediaType(ACCEPTED);
        };
        if (entries.isEmpty()) {
            throw HttpProblem.badRequest("The file holds no contact to import");
        }
        return entries;
    }

    private static String text(byte[] body) {
        if (body.length == 0) {
            throw HttpProblem.badRequest("The file to import is empty");
        }
        return RequestBodies.text(body);
    }

    /** The refusal of a file with more entries than one import takes. */
    static HttpProblem tooMany(int max) {
        return HttpProblem.of(413, "Too many contacts in one file: at most " + max + " are imported at once");
    }
}
