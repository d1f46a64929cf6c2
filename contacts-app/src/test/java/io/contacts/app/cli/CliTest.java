package io.contacts.app.cli;

import io.contacts.app.config.ConfigSource;
import io.contacts.persistence.jooq.H2Urls;
import io.contacts.persistence.jooq.SchemaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's contract: help everywhere, exit status 2 for bad usage, configuration or input, 3 not found. */
class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, String> env = new HashMap<>();

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"--help"}, {"serve", "--help"}, {"migrate", "--help"},
            {"account", "--help"}, {"account", "create", "--help"}, {"account", "list", "--help"},
            {"account", "rename", "--help"}, {"user", "--help"}, {"user", "create", "--help"},
            {"user", "list", "--help"}, {"user", "delete", "--help"}, {"user", "reset-password", "--help"},
            {"token", "--help"}, {"token", "create", "--help"}, {"token", "list", "--help"},
            {"token", "revoke", "--help"}}) {
            out.getBuffer().setLength(0);
            assertThat(run(command)).as(String.join(" ", command)).isZero();
            assertThat(out.toString()).as(String.join(" ", command)).contains("Usage:")
                    .contains("Exit status: 0 success; 1 failure").contains("3 not found");
        }
        out.getBuffer().setLength(0);
        run("user", "create", "--help");
        assertThat(out.toString()).contains("--password-stdin");
        out.getBuffer().setLength(0);
        run("user", "reset-password", "--help");
        assertThat(out.toString()).contains("--password-stdin").contains("CONTACTS_CREDENTIAL_TTL");
        for (String list : new String[] {"account", "user", "token"}) {
            out.getBuffer().setLength(0);
            run(list, "list", "--help");
            assertThat(out.toString()).as(list).contains("--json");
        }
    }

    @Test
    void aGroupWithoutItsSubcommandOrAnUnknownOptionIsAUsageError() {
        assertThat(run("account")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing subcommand");
        assertThat(run("token", "create")).isEqualTo(2);
        assertThat(err.toString()).contains("--email");
        assertThat(run("--no-such-option")).isEqualTo(2);
    }

    @Test
    void aBadSettingIsOneLineAndStatus2() {
        env.put("CONTACTS_DB_POOL_SIZE", "many");

        assertThat(run("migrate")).isEqualTo(2);

        assertThat(err.toString().strip()).isEqualTo(
                "contacts: invalid configuration: CONTACTS_DB_POOL_SIZE='many' is invalid: a whole number from 3 to 500");
    }

    @Test
    void theBareCommandServesAndReportsABadSettingAsServeDoes() {
        env.put("CONTACTS_HTTP_PORT", "eighty");

        assertThat(run()).isEqualTo(2);
        String bare = err.toString();
        err.getBuffer().setLength(0);
        assertThat(run("serve")).isEqualTo(2);

        assertThat(bare).isEqualTo(err.toString()).startsWith("contacts: invalid configuration: CONTACTS_HTTP_PORT=");
    }

    @Test
    void serveCanStartCheckItsHealthAndStop(@TempDir Path data) {
        env.put("CONTACTS_DB_URL", H2Urls.file(data));
        env.put("CONTACTS_HTTP_PORT", "0");
        env.put("CONTACTS_BOOTSTRAP_PASSWORD", "a-long-enough-password");

        assertThat(run("serve", "--exit-after-start")).isZero();

        assertThat(out.toString()).contains("First start: created the account").endsWith("GET /health: 200\n");
        assertThat(run("serve", "--exit-after-start")).as("a restart, on the database the first start left").isZero();
    }

    @Test
    void inputTheDomainRefusesIsStatus2AndWhatItCannotFind3WithItsMessages(@TempDir Path data) {
        env.put("CONTACTS_DB_URL", H2Urls.file(data));

        assertThat(run("account", "create", "--name", " ")).isEqualTo(2);
        assertThat(err.toString()).as("after the line of a command slower than a second, if any")
                .endsWith("contacts: Name can't be blank\n");
        assertThat(run("token", "create", "--email", "nobody@example.com")).isEqualTo(3);
        assertThat(err.toString()).contains("No user signs in with nobody@example.com");
    }

    @Test
    void migrateAndCreateAnAccountOnTheConfiguredStore(@TempDir Path data) {
        env.put("CONTACTS_DB_URL", H2Urls.file(data));

        assertThat(run("migrate")).isZero();
        assertThat(run("account", "create", "--name", "Acme")).isZero();

        assertThat(out.toString()).containsPattern("Created account \\d+ \\(Acme\\)");
    }

    @Test
    void migrateSaysWhetherItCreatedTheSchemaOrFoundItUpToDate(@TempDir Path directory) {
        env.put("CONTACTS_DATA_DIR", directory.toString());
        String database = "the embedded database in " + directory.toAbsolutePath();

        assertThat(run("migrate")).isZero();
        assertThat(out.toString()).matches("Created the schema in " + Pattern.quote(database)
                + ": \\d+ migrations applied, now at version \\d+\\.\n");
        out.getBuffer().setLength(0);
        assertThat(run("migrate")).isZero();
        assertThat(out.toString()).matches("Schema is up to date in " + Pattern.quote(database)
                + " \\(version \\d+\\)\\.\n");
    }

    @Test
    void anUpgradeSaysFromWhichVersionToWhich() {
        assertThat(MigrateCommand.describe(new SchemaMigration(Optional.of("1"), "3", 2), "jdbc:postgresql://db/c"))
                .isEqualTo("Upgraded the schema in jdbc:postgresql://db/c from version 1 to 3: 2 migrations applied.");
        assertThat(MigrateCommand.describe(new SchemaMigration(Optional.empty(), "1", 1), "x"))
                .isEqualTo("Created the schema in x: 1 migration applied, now at version 1.");
    }

    @Test
    void debugIsAcceptedBeforeAndAfterAnySubcommand() {
        for (String[] command : new String[][] {{"--debug", "--help"}, {"serve", "--debug", "--help"},
            {"account", "create", "--debug", "--help"}, {"--debug", "token", "create", "--help"}}) {
            assertThat(run(command)).as(String.join(" ", command)).isZero();
        }
        assertThat(out.toString()).contains("--debug");
    }

    @Test
    void aBadLogLevelIsRefusedByEveryCommand() {
        env.put("CONTACTS_LOG_LEVEL", "verbose");

        assertThat(run("migrate")).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("contacts: invalid configuration: CONTACTS_LOG_LEVEL='verbose' is "
                + "invalid: one of TRACE, DEBUG, INFO, WARN, ERROR, OFF (any case)\n");
    }

    private int run(String... args) {
        CliContext context = new CliContext(new ConfigSource(env, new Properties()), new PrintWriter(out, true),
                new PrintWriter(err, true), new BufferedReader(new StringReader("")));
        return Cli.run(context, args);
    }
}
