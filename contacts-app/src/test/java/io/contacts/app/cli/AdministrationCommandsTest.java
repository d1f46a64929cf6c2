package io.contacts.app.cli;

import io.contacts.app.Administration;
import io.contacts.app.config.ConfigLoader;
import io.contacts.app.config.ConfigSource;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.port.in.CreateContactCommand;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.app.reliability.Answers;
import io.contacts.persistence.jooq.H2Urls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static io.contacts.domain.testdata.ClientTestData.aClient;
import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration commands on an embedded store of their own, in this process: what each prints, its exit status
 * (0 done, 2 bad usage or input, 3 not found), and that a refused command changes nothing.
 */
class AdministrationCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, String> env = new HashMap<>();
    private String input = "";

    @BeforeEach
    void anEmbeddedStore(@TempDir Path data) {
        env.put("CONTACTS_DB_URL", H2Urls.file(data));
    }

    @Test
    void accountsAreListedAsATableOrJsonAndRenamed() {
        String acme = account("Acme");
        account("Zoë's \"quoted\" company");

        assertThat(run("account", "list")).isZero();
        List<String> table = out.toString().lines().toList();
        assertThat(table.get(0)).matches("ID +NAME +CREATED AT");
        assertThat(table.get(1)).matches(acme + " +Acme +\\d{4}-\\d\\d-\\d\\dT.*Z");

        assertThat(run("account", "rename", "--account", acme, "--name", "Acme Ltd")).isZero();
        assertThat(out.toString()).isEqualTo("Renamed account " + acme + " to Acme Ltd\n");

        assertThat(run("account", "list", "--json")).isZero();
        assertThat(out.toString()).contains("\"id\":" + acme + ",");
        assertThat(Answers.jsonArrayOfObjects(out.toString())).extracting(row -> row.get("name"))
                .containsExactly("Acme Ltd", "Zoë's \"quoted\" company");
    }

    @Test
    void aMissingAccountIsStatus3AndABadIdStatus2WithoutAnyClassName() {
        assertThat(run("account", "rename", "--account", "999", "--name", "Any")).isEqualTo(3);
        assertThat(problems()).isEqualTo("contacts: Account 999 not found\n");

        assertThat(run("user", "list", "--account", "none")).isEqualTo(2);
        assertThat(problems()).startsWith("Invalid value for option '--account': 'none' is not an account id "
                + "(a positive whole number)").doesNotContain("Exception").doesNotContain("AccountId");
        assertThat(run("account", "rename", "--account", "0", "--name", "Any")).isEqualTo(2);
        assertThat(run("account", "list")).isZero();
        assertThat(out.toString().lines()).as("nothing was made").hasSize(1);
    }

    @Test
    void aUsersLifeFromCreationToDeletion() {
        String acme = account("Acme");
        input = "the first password\n";
        assertThat(run("user", "create", "--account", acme, "--email", "Ada@Acme.example", "--first-name", "Ada",
                "--last-name", "Lovelace", "--password-stdin")).isZero();

        assertThat(run("user", "list", "--json")).isZero();
        assertThat(Answers.jsonArrayOfObjects(out.toString())).singleElement().satisfies(user -> assertThat(user)
                .containsEntry("account_id", acme).containsEntry("email", "ada@acme.example")
                .containsEntry("first_name", "Ada").containsEntry("last_name", "Lovelace")
                .containsOnlyKeys("id", "account_id", "email", "first_name", "last_name", "created_at"));

        assertThat(run("user", "reset-password", "--email", "ADA@acme.example")).isZero();
        assertThat(out.toString()).startsWith("New password set for user ").contains("(ada@acme.example)")
                .contains("may still accept it").containsPattern("\npassword: [A-Za-z0-9_-]{43} +\\(generated;");
        input = "short\n";
        assertThat(run("user", "reset-password", "--email", "ada@acme.example", "--password-stdin")).isEqualTo(2);
        assertThat(problems()).isEqualTo("contacts: Password is too short (minimum is 8 characters)\n");

        assertThat(run("user", "delete", "--email", "ada@acme.example")).isZero();
        assertThat(out.toString()).contains("Deleted user ").contains("and its 0 access token(s)")
                .contains("Account " + acme + " has no user left; its data stays");
        assertThat(run("user", "delete", "--email", "ada@acme.example")).isEqualTo(3);
        assertThat(problems()).isEqualTo("contacts: No user signs in with ada@acme.example\n");
        assertThat(run("user", "list", "--account", acme)).isZero();
        assertThat(out.toString().lines()).as("the header alone").hasSize(1);
    }

    @Test
    void tokensAreListedWithoutThemselvesAndRevokedByTheirId() {
        String acme = account("Acme");
        ada(acme);
        assertThat(run("token", "create", "--email", "ada@acme.example")).isZero();
        String token = out.toString().strip();

        assertThat(run("token", "list")).isZero();
        assertThat(out.toString()).doesNotContain(token).startsWith("ID ");
        assertThat(run("token", "list", "--email", "ada@acme.example", "--json")).isZero();
        Map<String, Object> listed = Answers.jsonArrayOfObjects(out.toString()).get(0);
        assertThat(listed).containsOnlyKeys("id", "account_id", "user_id", "email", "created_at");
        String id = (String) listed.get("id");
        assertThat(id).hasSize(12);

        assertThat(run("token", "revoke", "--id", "abc")).isEqualTo(2);
        assertThat(run("token", "revoke", "--id", "zzzzzzzzzzzz")).isEqualTo(3);
        assertThat(run("token", "revoke", "--id", id)).isZero();
        assertThat(out.toString()).startsWith("Revoked token " + id + " of ada@acme.example (account " + acme + ").");
        assertThat(run("token", "revoke", "--id", id)).isEqualTo(3);
        assertThat(run("token", "list", "--json")).isZero();
        assertThat(out.toString().strip()).isEqualTo("[]");
    }

    @Test
    void theCacheNoteTellsTheConfiguredTime() {
        String acme = account("Acme");
        ada(acme);

        env.put("CONTACTS_CREDENTIAL_TTL", "0");
        assertThat(run("user", "reset-password", "--email", "ada@acme.example")).isZero();
        assertThat(out.toString()).contains("A running service refuses the old credential from its next request on.");
        env.put("CONTACTS_CREDENTIAL_TTL", "1500ms");
        assertThat(run("user", "delete", "--email", "ada@acme.example")).isZero();
        assertThat(out.toString()).contains("in the last 1500 ms may still accept it");
    }

    /** Ada, a user of the account, with a password of her own. */
    @Test
    void exportWritesTheSameFilesAsTheApiToStandardOutputOrAFile(@TempDir Path folder) throws Exception {
        AccountId account = AccountId.of(Long.parseLong(account("Acme")));
        ClientId client = Administration.run(ConfigLoader.load(new ConfigSource(env, new Properties())), useCases -> {
            Client created = useCases.createClient().createClient(
                    new CreateClientCommand(account, aClient().named("Acme, \"Ltd\"").toInput()));
            useCases.createContact().createContact(new CreateContactCommand(account,
                    aContact().forClient(created.id()).withFirstName("Zoë").toInput(), LastNameRule.REQUIRED));
            return created.id();
        });

        assertThat(run("export", "--account", "" + account.value(), "--format", "vcf",
                "--version", "3.0")).isZero();
        assertThat(out.toString()).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n").contains("FN:Zoë ")
                .contains("ORG:Acme\\, \"Ltd\"\r\n");
        assertThat(problems()).isEqualTo("contacts: exported 1 contact\n");

        Path file = folder.resolve("contacts.csv");
        assertThat(run("export", "--account", "" + account.value(), "--format", "csv", "--client",
                "" + client.value(), "--updated-since", "2000-01-01T00:00:00Z", "--output", file.toString())).isZero();
        assertThat(Files.readString(file)).startsWith("id,client_id,client_name,")
                .contains(",\"Acme, \"\"Ltd\"\"\",Zoë,");
        assertThat(problems()).isEqualTo("contacts: exported 1 contact to " + file + "\n");
    }

    @Test
    void exportRefusesABadFormatVersionOrTimeAndAnotherAccountsClient() {
        String acme = account("Acme");
        assertThat(run("export", "--account", acme, "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("--format must be vcf or csv");
        assertThat(run("export", "--account", acme, "--format", "vcf", "--version", "2.1")).isEqualTo(2);
        assertThat(err.toString()).contains("--version must be 4.0 or 3.0");
        assertThat(run("export", "--account", acme, "--format", "csv", "--updated-since", "yesterday")).isEqualTo(2);
        assertThat(run("export", "--account", acme, "--format", "csv", "--client", "999")).isEqualTo(3);
        assertThat(run("export", "--account", "999", "--format", "csv")).isEqualTo(3);
        assertThat(problems()).isEqualTo("contacts: Account 999 not found\n");
        assertThat(out.toString()).isEmpty();
    }

    private void ada(String account) {
        input = "a long password\n";
        assertThat(run("user", "create", "--account", account, "--email", "ada@acme.example", "--first-name", "Ada",
                "--last-name", "Lovelace", "--password-stdin")).isZero();
    }

    private String account(String name) {
        assertThat(run("account", "create", "--name", name)).isZero();
        return out.toString().replaceAll("(?s)Created account (\\d+) .*", "$1");
    }

    /** Standard error without the line a command prints when it takes over a second, which a busy machine may see. */
    private String problems() {
        return err.toString().lines().filter(line -> !line.startsWith("contacts: still "))
                .map(line -> line + "\n").reduce("", String::concat);
    }

    /** Runs a command line on fresh output streams. */
    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CliContext context = new CliContext(new ConfigSource(env, new Properties()), new PrintWriter(out, true),
                new PrintWriter(err, true), new BufferedReader(new StringReader(input)));
        return Cli.run(context, args);
    }
}
