package io.contacts.app.cli;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.port.in.UseCases;
import io.contacts.http.undertow.export.ClientNames;
import io.contacts.http.undertow.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** {@code export}: an account's contacts as a vCard or CSV file, written as the HTTP exports write them. */
// --version is the vCard version here, as on the HTTP routes: this command has no version of its own to show.
@Command(name = "export", description = "Export an account's contacts (or one client's) as vCard 4.0 or 3.0, or as "
        + "RFC 4180 CSV, in ascending id order. The file goes to standard output unless --output names one; a "
        + "count of the contacts written ends on standard error.")
final class ExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account whose contacts.")
    private AccountId account;

    @Option(names = "--format", required = true, paramLabel = "vcf|csv", description = "vcf or csv.")
    private String format;

    @Option(names = "--client", paramLabel = "ID", description = "Only this client's contacts.")
    private Long client;

    @Option(names = "--updated-since", paramLabel = "TIME", description = "Only contacts changed at or after this "
            + "ISO 8601 UTC time, e.g. 2024-01-31T00:00:00Z.")
    private String updatedSince;

    @Option(names = "--version", paramLabel = "4.0|3.0", defaultValue = "4.0", description = "The vCard version "
            + "(default: ${DEFAULT-VALUE}).")
    private String version;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here (replaced) instead of standard output.")
    private Path output;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ExportFormat chosen = chosenFormat();
        ContactFilter filter = (client == null ? ContactFilter.all() : ContactFilter.ofClient(clientId()))
                .updatedSince(since());
        long written = context.administer("exporting the contacts", useCases -> export(useCases, chosen, filter));
        context.err().println("contacts: exported " + written + (written == 1 ? " contact" : " contacts")
                + (output == null ? "" : " to " + output));
        return 0;
    }

    private long export(UseCases useCases, ExportFormat chosen, ContactFilter filter) {
        // The lists of an account that does not exist are empty; an operator's typo should say so instead.
        if (useCases.listAccounts().listAccounts().stream().noneMatch(known -> known.id().equals(account))) {
            throw NotFoundException.account(account);
        }
        Map<ClientId, String> clientNames = ClientNames.of(useCases.listClients(), account);
        AtomicLong count = new AtomicLong();
        try (Stream<Contact> contacts = useCases.listContacts().listContacts(account, filter)) {
            Iterator<Contact> counted = contacts.peek(contact -> count.incrementAndGet()).iterator();
            // Opened only once the list is known to exist, so that a refused export leaves no empty file behind.
            if (output == null) {
                chosen.write(counted, clientNames, context.out());
            } else {
                try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    chosen.write(counted, clientNames, file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (output == null ? "standard output" : output) + ": "
                    + e.getMessage(), e);
        }
        return count.get();
    }

    private ExportFormat chosenFormat() {
        switch (format) {
            case "csv":
                return ExportFormat.CSV;
            case "vcf":
                return ExportFormat.vcard(version).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "--version must be 4.0 or 3.0, not '" + version + "'"));
            default:
                throw new ParameterException(spec.commandLine(), "--format must be vcf or csv, not '" + format + "'");
        }
    }

    private ClientId clientId() {
        if (client <= 0) {
            throw new ParameterException(spec.commandLine(), "--client must be a positive whole number");
        }
        return ClientId.of(client);
    }

    private Optional<Instant> since() {
        try {
            return Optional.ofNullable(updatedSince).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--updated-since must be an ISO 8601 UTC time such as "
                    + "2024-01-31T00:00:00Z, not '" + updatedSince + "'");
        }
    }
}
