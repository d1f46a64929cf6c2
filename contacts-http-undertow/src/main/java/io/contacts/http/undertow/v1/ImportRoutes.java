package io.contacts.http.undertow.v1;

import io.contacts.domain.model.ClientId;
import io.contacts.domain.port.in.ImportContactsCommand;
import io.contacts.domain.port.in.ImportContactsUseCase;
import io.contacts.domain.port.in.ImportReport;
import io.contacts.domain.port.in.ImportedContact;
import io.contacts.http.undertow.imports.ContactFiles;
import io.contacts.http.undertow.imports.UnreadableFileException;
import io.contacts.http.undertow.v1.representation.Representation;
import io.contacts.http.undertow.web.Access;
import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.Router;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Driving adapter: {@code POST /clients/{id}/contacts/import}, a vCard or CSV file brought into a client, all or
 * nothing. The file is taken in whole and bounded before it is read, so a client that goes away mid-upload writes
 * nothing, and is read as it is parsed; the answer is the report — 200 for a dry run, 201 once written, 422 when
 * an entry was refused.
 */
public final class ImportRoutes {

    private final ImportContactsUseCase importContacts;
    private final int maxEntries;

    /** @param maxEntries the most entries one file may hold (413 past it) */
    public ImportRoutes(ImportContactsUseCase importContacts, int maxEntries) {
        this.importContacts = importContacts;
        this.maxEntries = maxEntries;
    }

    public void register(Router<Representation> router) {
        router.addFile("POST", "/clients/{client_id}/contacts/import", Access.COUNTED, ContactFiles::checkType,
                this::importFile);
    }

    private void importFile(ApiExchange<Representation> request) throws IOException {
        boolean dryRun = dryRun(request);
        List<ImportedContact> entries;
        try {
            entries = ContactFiles.read(request.contentType(), request.file(), request.account(), maxEntries);
        } catch (UnreadableFileException unreadable) {
            throw HttpProblem.of(unreadable.status(), unreadable.getMessage());
        }
        ImportReport report = importContacts.importContacts(
                new ImportContactsCommand(request.account(), ClientId.of(request.id(0)), entries, dryRun));
        int status = report.refused() ? 422 : report.written() ? 201 : 200;
        request.send(status, out -> request.format().importReport(report, out));
    }

    private static boolean dryRun(ApiExchange<Representation> request) {
        String value = request.query("dry_run").orElse("false").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "1" -> true;
            case "false", "0", "" -> false;
            default -> throw HttpProblem.badRequest("dry_run must be true or false");
        };
    }
}
