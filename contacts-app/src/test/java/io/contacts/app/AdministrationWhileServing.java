package io.contacts.app;

import io.contacts.app.reliability.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every administration command run against the real jar while {@code serve} runs on the same store, and what the
 * running service makes of each at once. A subclass names the store. The service verifies every credential anew
 * ({@code CONTACTS_CREDENTIAL_TTL=0}), so that what a command takes away is refused at the next request; how long a
 * cached credential outlives it otherwise is the domain's test (UserAdministrationServiceTest, on a clock).
 */
abstract class AdministrationWhileServing {

    private static final String ADMIN = "ops@example.com";
    private static final String ADMIN_PASSWORD = "the operator's password";

    @TempDir
    Path workingDirectory;

    /** The settings that choose the store (none: the embedded one in the working directory's ./data). */
    protected abstract Map<String, String> store();

    @Test
    void everyCommandWorksWhileServingAndTheServiceSeesItsEffectAtOnce() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, serviceEnvironment())) {
            int port = service.awaitPort();

            List<Map<String, Object>> accounts = Answers.jsonArrayOfObjects(run(null, "account", "list", "--json"));
            assertThat(accounts).extracting(account -> account.get("name")).containsExactly("My Company");
            String account = lastWord(run(null, "account", "create", "--name", "Acme").replaceAll(" \\(.*", ""));
            run(null, "account", "rename", "--account", account, "--name", "Acme Ltd");
            assertThat(Answers.jsonArrayOfObjects(run(null, "account", "list", "--json")))
                    .anySatisfy(row -> assertThat(row).containsEntry("id", account).containsEntry("name", "Acme Ltd"));

            run("ada's first password\n", "user", "create", "--account", account, "--email", "ada@acme.example",
                    "--first-name", "Ada", "--last-name", "Lovelace", "--password-stdin");
            ApiClient ada = ApiClient.basic(port, "ada@acme.example", "ada's first password");
            assertThat(ada.get("/account/who_am_i").body()).as("signs in at once").contains("Acme Ltd");
            assertThat(Answers.jsonArrayOfObjects(run(null, "user", "list", "--account", account, "--json")))
                    .singleElement().satisfies(row -> assertThat(row).containsEntry("email", "ada@acme.example"));

            String token = run(null, "token", "create", "--email", "ada@acme.example");
            assertThat(ApiClient.bearer(port, token).get("/account/who_am_i").statusCode()).isEqualTo(200);
            List<Map<String, Object>> tokens = Answers.jsonArrayOfObjects(
                    run(null, "token", "list", "--email", "ada@acme.example", "--json"));
            assertThat(tokens).singleElement().satisfies(row -> assertThat(row)
                    .containsEntry("email", "ada@acme.example").containsEntry("account_id", account));
            String id = (String) tokens.get(0).get("id");
            assertThat(token).doesNotContain(id);
            run(null, "token", "revoke", "--id", id);
            assertThat(ApiClient.bearer(port, token).get("/account/who_am_i").statusCode()).as("revoked")
                    .isEqualTo(401);

            run("ada's second password\n", "user", "reset-password", "--email", "ada@acme.example", "--password-stdin");
            assertThat(ada.get("/account/who_am_i").statusCode()).as("the old password").isEqualTo(401);
            ApiClient adaAgain = ApiClient.basic(port, "ada@acme.example", "ada's second password");
            assertThat(adaAgain.get("/account/who_am_i").statusCode()).isEqualTo(200);

            assertThat(run(null, "user", "delete", "--email", "ada@acme.example")).contains("no user left");
            assertThat(adaAgain.get("/account/who_am_i").statusCode()).as("deleted").isEqualTo(401);
            assertThat(ApiClient.basic(port, ADMIN, ADMIN_PASSWORD).get("/account/who_am_i").statusCode())
                    .as("the service serves on").isEqualTo(200);
        }
    }

    @Test
    void aCommandWhileServingThatFindsNothingSaysSoInOneLineWithStatus3() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, serviceEnvironment())) {
            service.awaitPort();
            try (ServiceProcess command = ServiceProcess.start(workingDirectory, store(), "token", "revoke", "--id",
                    "0123456789ab")) {
                assertThat(command.awaitExit()).isEqualTo(3);
                assertThat(command.errors().lines().filter(line -> !line.startsWith("contacts: still ")))
                        .as("one line, besides the one a command slower than a second prints")
                        .containsExactly("contacts: No access token has the id 0123456789ab");
                assertThat(command.output()).isEmpty();
            }
        }
    }

    private Map<String, String> serviceEnvironment() {
        Map<String, String> environment = new HashMap<>(store());
        environment.put("CONTACTS_HTTP_PORT", "0");
        environment.put("CONTACTS_BOOTSTRAP_EMAIL", ADMIN);
        environment.put("CONTACTS_BOOTSTRAP_PASSWORD", ADMIN_PASSWORD);
        environment.put("CONTACTS_CREDENTIAL_TTL", "0");
        return environment;
    }

    /** Runs one command with the store's settings to its end, expecting success and no word on standard error. */
    private String run(String input, String... args) throws InterruptedException, IOException {
        try (ServiceProcess command = ServiceProcess.start(workingDirectory, store(), args)) {
            if (input != null) {
                command.input(input);
            }
            int status = command.awaitExit();
            String errors = command.errors();
            assertThat(status).as(String.join(" ", args) + ": " + errors).isZero();
            assertThat(errors).as(String.join(" ", args)).doesNotContain("Exception").doesNotContain("\tat ");
            return String.join("\n", command.output());
        }
    }

    private static String lastWord(String line) {
        return line.substring(line.lastIndexOf(' ') + 1);
    }
}
