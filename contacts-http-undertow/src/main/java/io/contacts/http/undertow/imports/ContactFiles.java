package io.contacts.http.undertow.imports;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.port.in.ImportedContact;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.RequestBodies;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/**
 * Driving adapter: the contacts of an uploaded file, by its Content-Type — vCard ({@code text/vcard},
 * {@code text/x-vcard}, {@code text/directory}) or CSV ({@code text/csv}); other types are 415. The file is read in
 * the Content-Type's {@code charset} (UTF-8 when it names none; Outlook saves CSV in windows-1252), must be valid in
 * it (400), and hold at least one entry (400) and at most as many as one import takes (413). It is read as it is
 * parsed, so what it costs in memory is its entries, not its bytes.
 */
public final class ContactFiles {

    private static final String ACCEPTED = "text/vcard, text/x-vcard, text/directory or text/csv";
    /** What to send instead of a form, which is what curl sends with -F, or with --data-binary and no type. */
    private static final String NOT_A_FORM = "Unsupported media type: a form is not read; send the file itself as the"
            + " body, with its type, e.g. curl -H 'Content-Type: text/vcard' --data-binary @contacts.vcf";

    private ContactFiles() {
    }

    /**
     * @param body       the file's bytes, read to their end
     * @param account    the importing account, which the ids of an exported CSV are read in
     * @param maxEntries the most entries one import takes
     * @throws UnreadableFileException (415, 400 or 413) for a file that cannot be imported
     * @throws UncheckedIOException    when the bytes cannot be read
     */
    public static List<ImportedContact> read(String contentType, InputStream body, AccountId account,
                                             int maxEntries) {
        try {
            return entries(contentType, body, account, maxEntries);
        } catch (HttpProblem unreadable) {
            // The parsers share the HTTP layer's checks (media type, charset); the command line reads files too.
            throw new UnreadableFileException(unreadable.status(), unreadable.getMessage());
        }
    }

    /**
     * Refuses, before the body is read, a Content-Type that no file is read in.
     *
     * @throws HttpProblem 415 for another media type or an unknown charset
     */
    public static void checkType(String contentType) {
        vcard(contentType);
        charset(contentType);
    }

    private static List<ImportedContact> entries(String contentType, InputStream body, AccountId account,
                                                 int maxEntries) {
        boolean vcard = vcard(contentType);
        Charset charset = charset(contentType);
        List<ImportedContact> entries;
        try (Reader text = RequestBodies.reader(nonEmpty(body), charset)) {
            entries = vcard ? VcardEntries.read(text, maxEntries) : CsvEntries.read(text, account, maxEntries);
        } catch (CharacterCodingException e) {
            throw notValidIn(charset);
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof CharacterCodingException ? notValidIn(charset) : e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries.isEmpty()) {
            throw HttpProblem.badRequest("The file holds no contact to import");
        }
        return entries;
    }

    /** Whether the type is vCard's, else CSV's; 415 for any other. */
    private static boolean vcard(String contentType) {
        return switch (RequestBodies.type(contentType)) {
            case "text/vcard", "text/x-vcard", "text/directory" -> true;
            case "text/csv" -> false;
            case "multipart/form-data", "application/x-www-form-urlencoded" -> throw HttpProblem.of(415, NOT_A_FORM);
            default -> throw HttpProblem.of(415, "Unsupported media type: send " + ACCEPTED
                    + ", in the charset the Content-Type names (UTF-8 by default)");
        };
    }

    /** @param contentType one that {@link #vcard} let through */
    private static Charset charset(String contentType) {
        String name = RequestBodies.charset(contentType).orElse(null);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw HttpProblem.of(415, "Unsupported charset: " + name + " is not known here");
        }
    }

    private static InputStream nonEmpty(InputStream body) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(body);
        int first = bytes.read();
        if (first == -1) {
            throw HttpProblem.badRequest("The file to import is empty");
        }
        bytes.unread(first);
        return bytes;
    }

    private static HttpProblem notValidIn(Charset charset) {
        return HttpProblem.badRequest("The file is not valid " + charset.name()
                + "; name its charset in the Content-Type, e.g. text/csv; charset=windows-1252");
    }

    /**
     * Lets a parser's failure to decode the file through as what it is, rather than as a malformed file.
     *
     * @throws UncheckedIOException when {@code failure} is, or wraps, a {@link CharacterCodingException}
     */
    static void undecodable(Exception failure) {
        if (failure instanceof CharacterCodingException coding) {
            throw new UncheckedIOException(coding);
        }
        if (failure.getCause() instanceof CharacterCodingException coding) {
            throw new UncheckedIOException(coding);
        }
    }

    /** The refusal of a file with more entries than one import takes. */
    static HttpProblem tooMany(int max) {
        return HttpProblem.of(413, "Too many contacts in one file: at most " + max + " are imported at once");
    }
}
