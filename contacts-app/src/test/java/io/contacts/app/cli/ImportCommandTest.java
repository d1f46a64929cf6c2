package io.contacts.app.cli;

import io.contacts.app.Administration;
import io.contacts.app.config.ConfigLoader;
import io.contacts.app.config.ConfigSource;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.port.in.UseCases;
import io.contacts.persistence.jooq.H2Urls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code contacts import} on an embedded store of its own: dry run, commit, refusal, each with its exit status. */
class ImportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private ConfigSource settings;
    private String account;
    private ClientId client;

    @BeforeEach
    void anAccountWithAClient(@TempDir Path data) {
        settings = new ConfigSource(Map.of("CONTACTS_DB_URL", H2Urls.file(data)), new Properties());
        assertThat(run("account", "create", "--name", "Acme")).isZero();
        account = out.toString().replaceAll("(?s)Created account (\\d+) .*", "$1");
        client = administer(useCases -> useCases.createClient().createClient(new CreateClientCommand(
                AccountId.of(Long.parseLong(account)), new ClientInput(Field.of("Importers"), Field.absent(),
                        Field.absent())))).id();
    }

    @Test
    void aDryRunWritesNothingAndAnImportWritesEveryEntry(@TempDir Path files) throws IOException {
        Path cards = write(files.resolve("people.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roe;John;;;\r\nEMAIL:john@example.com\r\nEND:VCARD\r\n");

        assertThat(run("import", "--account", account, "--client", id(), "--dry-run", cards.toString())).isZero();
        assertThat(out.toString()).contains("Read 2 contact(s) from " + cards)
                .contains("Dry run: would create 2, update 0; nothing was written");
        assertThat(contacts()).isEmpty();

        assertThat(run("import", "--account", account, "--client", id(), cards.toString())).isZero();
        assertThat(out.toString()).contains("Created 2, updated 0 (client " + id() + ")");
        assertThat(contacts()).extracting(contact -> contact.fields().firstName()).containsExactly("Jane", "John");
    }

    @Test
    void aFileInAnotherCharsetIsReadWithCharsetAndRefusedWithoutIt(@TempDir Path files) throws IOException {
        Path csv = Files.write(files.resolve("outlook.csv"), "First Name,Last Name\r\nRen\u00e9e,Zo\u00eb\r\n"
                .getBytes(Charset.forName("windows-1252")));

        assertThat(run("import", "--account", account, "--client", id(), csv.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not valid UTF-8");
        assertThat(contacts()).isEmpty();

        assertThat(run("import", "--account", account, "--client", id(), "--charset", "windows-1252",
                csv.toString())).isZero();
        assertThat(contacts()).extracting(contact -> contact.fields().firstName()).containsExactly("Ren\u00e9e");
    }

    @Test
    void anInvalidEntryIsStatus2AndWritesNothing(@TempDir Path files) throws IOException {
        Path csv = write(files.resolve("people.txt"), "first_name,last_name\nAda,Lovelace\nNo,\n");

        assertThat(run("import", "--account", account, "--client", id(), "--format", "csv", csv.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("contacts: entry 1: Last name can't be blank")
                .contains("1 of 2 entries refused; nothing was written");
        assertThat(contacts()).isEmpty();
    }

    @Test
    void anUnreadableFileOrAnUnknownFormatIsStatus2WithoutAClassName(@TempDir Path files) throws IOException {
        Path text = write(files.resolve("notes.txt"), "hello");
        Path broken = write(files.resolve("broken.csv"), "Jane,Doe\n");

        assertThat(run("import", "--account", account, "--client", id(), text.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--format vcf or --format csv");
        assertThat(run("import", "--account", account, "--client", id(), broken.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no usable header row").doesNotContain("Exception");
        assertThat(run("import", "--account", account, "--client", id(), files.resolve("none.vcf").toString()))
                .isEqualTo(2);
        assertThat(contacts()).isEmpty();
    }

    @Test
    void theConfiguredEntryLimitHoldsForTheCommandAsForTheServer(@TempDir Path files) throws IOException {
        Path csv = write(files.resolve("people.csv"),
                "first_name,last_name\nAda,Lovelace\nAlan,Turing\nGrace,Hopper\n");
        settings = new ConfigSource(Map.of("CONTACTS_DB_URL", settings.get("CONTACTS_DB_URL").orElseThrow(),
                "CONTACTS_IMPORT_MAX_ENTRIES", "2"), new Properties());

        assertThat(run("import", "--account", account, "--client", id(), csv.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("at most 2 are imported at once");
        assertThat(contacts()).isEmpty();
    }

    @Test
    void aClientNotOfTheAccountIsStatus3(@TempDir Path files) throws IOException {
        Path csv = write(files.resolve("people.csv"), "First Name,Last Name\nAda,Lovelace\n");

        assertThat(run("import", "--account", account, "--client", "999999", csv.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("999999").doesNotContain("Exception");
        assertThat(contacts()).isEmpty();
    }

    private String id() {
        return Long.toString(client.value());
    }

    private List<Contact> contacts() {
        return administer(useCases -> {
            try (Stream<Contact> all = useCases.listContacts().listContacts(AccountId.of(Long.parseLong(account)),
                    ContactFilter.ofClient(client))) {
                return all.toList();
            }
        });
    }

    private <T> T administer(Function<UseCases, T> work) {
        return Administration.run(ConfigLoader.load(settings), work);
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CliContext context = new CliContext(settings, new PrintWriter(out, true), new PrintWriter(err, true),
                new BufferedReader(new StringReader("")));
        return Cli.run(context, args);
    }
}
