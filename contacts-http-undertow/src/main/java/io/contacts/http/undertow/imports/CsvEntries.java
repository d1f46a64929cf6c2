package io.contacts.http.undertow.imports;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactUid;
import io.contacts.domain.port.in.ImportedContact;
import io.contacts.http.undertow.imports.Entry.Slot;
import io.contacts.http.undertow.web.HttpProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Driving adapter: the contacts of a CSV file with a header row (RFC 4180: quoted fields may hold commas, quotes and
 * line breaks), read with Apache Commons CSV; its columns are mapped by {@link CsvColumns}. The {@code id} column of
 * this service's export names the contact, as a vCard's UID does.
 */
final class CsvEntries {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreEmptyLines(true)
            .get();

    private CsvEntries() {
    }

    static List<ImportedContact> read(Reader text, AccountId account, int maxEntries) {
        List<ImportedContact> entries = new ArrayList<>();
        CSVParser parser = open(text);
        CsvColumns columns = CsvColumns.of(parser.getHeaderNames());
        if (!columns.usable()) {
            throw HttpProblem.badRequest("The CSV file has no usable header row: its first line must name the"
                    + " columns, with a first name (first_name, First Name or Given Name) among them");
        }
        try (parser) {
            for (CSVRecord record : parser) {
                if (entries.size() == maxEntries) {
                    throw ContactFiles.tooMany(maxEntries);
                }
                List<String> cells = record.toList();
                Entry entry = new Entry();
                entry.offer(Slot.UID, uid(account, CsvColumns.cell(cells, columns.idColumn())));
                columns.fill(entry, cells);
                entries.add(entry.toImported());
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            ContactFiles.undecodable(e);
            throw malformed(parser);
        }
        return entries;
    }

    private static CSVParser open(Reader text) {
        try {
            return CSVParser.builder().setReader(text).setFormat(FORMAT).get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            ContactFiles.undecodable(e);
            throw HttpProblem.badRequest("The CSV file's header row cannot be read");
        }
    }

    /** An exported contact id, as the UID an export's vCard gives the same contact. */
    private static String uid(AccountId account, String id) {
        if (id == null || !id.matches("[1-9][0-9]{0,13}")) {
            return null;
        }
        return ContactUid.of(account, ContactId.of(Long.parseLong(id)));
    }

    private static HttpProblem malformed(CSVParser parser) {
        return HttpProblem.badRequest("The CSV file is malformed near line " + parser.getCurrentLineNumber()
                + " (an unclosed quote?)");
    }
}
