package io.contacts.app.cli;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.port.in.ImportContactsCommand;
import io.contacts.domain.port.in.ImportReport;
import io.contacts.domain.port.in.ImportedContact;
import io.contacts.domain.port.in.ImportedEntry;
import io.contacts.domain.port.in.ImportedEntry.Outcome;
import io.contacts.http.undertow.imports.ContactFiles;
import io.contacts.http.undertow.imports.UnreadableFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code import}: bring a vCard or CSV file into a client, all or nothing, as the HTTP import does. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a vCard (.vcf) or CSV file into one of an account's clients, all or nothing: when an "
                + "entry is invalid nothing is written (docs/api.md, \"Import: vCard and CSV\").")
final class ImportCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account's id "
            + "(see 'account list').")
    private AccountId account;

    @Option(names = "--client", required = true, paramLabel = "ID", description = "The client's id.")
    private long client;

    @Option(names = "--dry-run", description = "Report what would be created and updated; write nothing.")
    private boolean dryRun;

    @Option(names = "--format", paramLabel = "vcf|csv", description = "The file's format; by default its "
            + "extension's (.vcf, .vcard or .csv).")
    private String format;

    @Option(names = "--charset", paramLabel = "NAME", description = "The file's character set, e.g. windows-1252 "
            + "for Outlook's CSV; UTF-8 by default.")
    private String charset;

    @Parameters(paramLabel = "FILE", description = "The file, in UTF-8 unless --charset names another.")
    private Path file;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String mediaType = mediaType();
        if (mediaType == null || client < 1) {
            context.err().println(mediaType == null ? "contacts: say --format vcf or --format csv for " + file
                    : "contacts: " + client + " is not a client id (a positive whole number)");
            return Cli.BAD_INPUT;
        }
        int maxEntries = context.config().imports().maxEntries();
        List<ImportedContact> entries;
        // Read as it is parsed, as the server reads an upload: what it costs in memory is its entries.
        try (InputStream bytes = Files.newInputStream(file)) {
            String contentType = charset == null ? mediaType : mediaType + "; charset=" + charset;
            entries = ContactFiles.read(contentType, bytes, account, maxEntries);
        } catch (UnreadableFileException unreadable) {
            context.err().println("contacts: " + file + ": " + unreadable.getMessage());
            return Cli.BAD_INPUT;
        } catch (IOException | UncheckedIOException unreadable) {
            context.err().println("contacts: cannot read " + file);
            return Cli.BAD_INPUT;
        }
        context.out().println("Read " + entries.size() + " contact(s) from " + file + (dryRun ? "; checking…"
                : "; importing…"));
        ImportReport report = context.administer("importing", useCases -> useCases.importContacts()
                .importContacts(new ImportContactsCommand(account, ClientId.of(client), entries, dryRun)));
        return summary(report);
    }

    private String mediaType() {
        String chosen = format != null ? format : extension();
        return switch (chosen.toLowerCase(Locale.ROOT)) {
            case "vcf", "vcard" -> "text/vcard";
            case "csv" -> "text/csv";
            default -> null;
        };
    }

    private String extension() {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private int summary(ImportReport report) {
        for (ImportedEntry entry : report.entries()) {
            if (entry.outcome() == Outcome.REFUSED) {
                context.err().println("contacts: entry " + entry.index() + ": " + String.join("; ", entry.messages()));
            }
        }
        long created = count(report, Outcome.CREATED);
        long updated = count(report, Outcome.UPDATED);
        if (report.refused()) {
            context.err().println("contacts: " + count(report, Outcome.REFUSED) + " of " + report.entries().size()
                    + " entries refused; nothing was written");
            return Cli.BAD_INPUT;
        }
        context.out().println((report.written() ? "Created " + created + ", updated " + updated
                : "Dry run: would create " + created + ", update " + updated + "; nothing was written")
                + " (client " + client + ")");
        return 0;
    }

    private static long count(ImportReport report, Outcome outcome) {
        return report.entries().stream().filter(entry -> entry.outcome() == outcome).count();
    }
}
