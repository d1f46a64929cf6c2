package io.contacts.app;

import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar as an operator runs it: {@code java -jar contacts-app.jar} in a directory of its own, with the
 * default embedded store in {@code ./data}. Runs after {@code package}, so it checks the jar that ships.
 */
class RunnableJarIT {

    private static final Map<String, String> ANY_PORT = Map.of("CONTACTS_HTTP_PORT", "0");

    @TempDir
    Path workingDirectory;

    @Test
    void helpListsEveryCommand() throws Exception {
        try (ServiceProcess help = ServiceProcess.start(workingDirectory, Map.of(), "--help")) {
            assertThat(help.awaitExit()).isZero();
            assertThat(String.join("\n", help.output()))
                    .contains("serve", "migrate", "account", "user", "token", "Exit status");
        }
    }

    @Test
    void theShippedJarSaysItsVersionAndServesTheDescriptionsInDocs() throws Exception {
        try (ServiceProcess version = ServiceProcess.start(workingDirectory, Map.of(), "--version")) {
            assertThat(version.awaitExit()).isZero();
            assertThat(version.output()).containsExactly("contacts " + DiscoveryContract.version());
        }
        servesItsVersionAndDescriptions(ANY_PORT);
    }

    @Test
    void onPostgresTheShippedJarServesItsVersionAndTheDescriptionsInDocs() throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.started()) {
            servesItsVersionAndDescriptions(Map.of("CONTACTS_HTTP_PORT", "0", "CONTACTS_DB_URL", database.jdbcUrl()));
        }
    }

    private void servesItsVersionAndDescriptions(Map<String, String> settings) throws Exception {
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, settings)) {
            ApiClient anonymous = ApiClient.anonymous(service.awaitPort());
            assertThat(anonymous.get("/", ApiClient.JSON).body()).contains("\"" + DiscoveryContract.version() + "\"");
            assertThat(anonymous.get("/version", ApiClient.JSON).body()).startsWith(
                    "{\"name\":\"Client Contacts\",\"version\":\"" + DiscoveryContract.version() + "\",\"built\":\"");
            assertThat(anonymous.get("/openapi.yaml", "*/*").body())
                    .isEqualTo(Files.readString(DiscoveryContract.docs().resolve("openapi.yaml")));
            assertThat(anonymous.get("/contacts.xsd", "*/*").body())
                    .isEqualTo(Files.readString(DiscoveryContract.docs().resolve("contacts.xsd")));
        }
    }

    @Test
    void aBadSettingStopsTheStartWithOneClearLineAndStatus2() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of("CONTACTS_HTTP_PORT", "eighty"))) {
            assertThat(service.awaitExit()).isEqualTo(2);
            assertThat(service.errors().strip()).isEqualTo(
                    "contacts: invalid configuration: CONTACTS_HTTP_PORT='eighty' is invalid: "
                            + "a whole number from 0 to 65535");
        }
        assertThat(workingDirectory.resolve("data")).doesNotExist();
    }

    @Test
    void theFirstStartPrintsALoginThatCreatesAndReadsBackTheSeedsContact() throws Exception {
        String password;
        long client;
        String contact;
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, ANY_PORT)) {
            int port = service.awaitPort();
            String login = service.awaitLine("login: +(\\S+)").group(1);
            password = service.awaitLine("password: +(\\S+)").group(1);
            assertThat(service.awaitLine("try: +curl .*").group()).contains("http://127.0.0.1:" + port + "/");
            ApiClient api = ApiClient.basic(port, login, password);
            assertThat(login).isEqualTo("admin@example.com");

            client = EndToEndContract.createClient(api, "Acme");
            HttpResponse<String> created = api.post("/contacts", EndToEndContract.SEED_CONTACT.formatted(client));
            assertThat(created.statusCode()).isEqualTo(201);
            contact = Xml.text(created.body(), "/contact/id");
            String read = api.get("/contacts/" + contact).body();
            assertThat(Xml.text(read, "/contact/email")).isEqualTo("Jane@Doe.com");
            assertThat(Xml.text(read, "/contact/phone-mobile")).isEqualTo("555.555.7777");

            service.terminate();
            assertThat(service.awaitExit()).as("stopped by SIGTERM").isEqualTo(143);
        }
        assertThat(Files.isDirectory(workingDirectory.resolve("data"))).isTrue();

        try (ServiceProcess again = ServiceProcess.start(workingDirectory, ANY_PORT)) {
            ApiClient api = ApiClient.basic(again.awaitPort(), "admin@example.com", password);
            assertThat(Xml.text(api.get("/contacts/" + contact).body(), "/contact/first-name")).isEqualTo("Jane");
            assertThat(again.output()).noneMatch(line -> line.contains("First start"));
        }
    }

    @Test
    void sigtermLetsARequestInFlightFinishBeforeExiting() throws Exception {
        Map<String, String> env = Map.of("CONTACTS_HTTP_PORT", "0", "CONTACTS_BOOTSTRAP_EMAIL", "ops@example.com",
                "CONTACTS_BOOTSTRAP_PASSWORD", "drain password");
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, env)) {
            int port = service.awaitPort();
            byte[] body = "<client><name>Finished during shutdown</name></client>".getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write(("POST /clients HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/xml\r\n"
                        + "Authorization: Basic " + basic("ops@example.com", "drain password") + "\r\n"
                        + "Expect: 100-continue\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // The interim answer means the request is in the server's hands, waiting for its body.
                assertThat(readHead(in)).startsWith("HTTP/1.1 100");

                service.terminate();
                out.write(body);
                out.flush();

                assertThat(readHead(in)).startsWith("HTTP/1.1 201");
            }
            assertThat(service.awaitExit()).isEqualTo(143);
        }
        try (ServiceProcess again = ServiceProcess.start(workingDirectory, ANY_PORT)) {
            ApiClient api = ApiClient.basic(again.awaitPort(), "ops@example.com", "drain password");
            assertThat(api.get("/clients").body()).contains("Finished during shutdown");
        }
    }

    @Test
    void everyRequestLeavesAnAccessLineAndNoSecretReachesTheLog() throws Exception {
        Map<String, String> env = Map.of("CONTACTS_HTTP_PORT", "0", "CONTACTS_BOOTSTRAP_EMAIL", "ops@example.com",
                "CONTACTS_BOOTSTRAP_PASSWORD", "never-logged-password");
        List<String> log;
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, env)) {
            int port = service.awaitPort();
            ApiClient.basic(port, "ops@example.com", "never-logged-password").get("/contacts");
            ApiClient.basic(port, "ops@example.com", "wrong-never-logged").get("/contacts");
            ApiClient.bearer(port, "never-logged-token").get("/clients");
            ApiClient.anonymous(port).get("/account/who_am_i?access_token=never-logged-query-token");
            service.awaitLine("GET /account/who_am_i 401"); // the last request's line: all four are logged
            service.terminate();
            service.awaitExit();
            log = service.output();
        }

        assertThat(log).anySatisfy(line -> assertThat(line).contains("GET /contacts 200").contains("request_id="));
        assertThat(log).filteredOn(line -> line.contains("io.contacts.http.access")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(String.join("\n", log)).doesNotContain("never-logged").doesNotContain("Authorization")
                .doesNotContainIgnoringCase(basic("ops@example.com", "never-logged-password"));
    }

    @Test
    void administrationCommandsMakeALoginAndATokenThatTheServiceAccepts() throws Exception {
        String created = run(null, "account", "create", "--name", "Acme");
        assertThat(created).matches("Created account \\d+ \\(Acme\\)");
        String account = created.replaceAll("\\D+(\\d+).*", "$1");
        run("a chosen password\n", "user", "create", "--account", account, "--email", "Ada@Acme.example",
                "--first-name", "Ada", "--last-name", "Lovelace", "--password-stdin");
        String token = run(null, "token", "create", "--email", "ada@acme.example");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        try (ServiceProcess refused = ServiceProcess.start(workingDirectory, Map.of(), "user", "create", "--account",
                account, "--email", "not-an-address", "--first-name", "X", "--last-name", "Y")) {
            assertThat(refused.awaitExit()).isEqualTo(2);
            assertThat(refused.errors()).contains("contacts: Email is invalid");
        }

        try (ServiceProcess service = ServiceProcess.start(workingDirectory, ANY_PORT)) {
            int port = service.awaitPort();
            assertThat(ApiClient.bearer(port, token).get("/account/who_am_i").statusCode()).isEqualTo(200);
            HttpResponse<String> me = ApiClient.basic(port, "ada@acme.example", "a chosen password")
                    .get("/account/who_am_i");
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("ada@acme.example").contains("Acme");
            assertThat(service.output()).noneMatch(line -> line.contains("First start"));
        }
    }

    /** Runs one command to its end, expecting success; returns its last line of output. */
    private String run(String input, String... args) throws Exception {
        return ServiceProcess.lastLineOf(workingDirectory, input, args);
    }

    private static String basic(String email, String password) {
        return Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads one response head (status line and headers) off a raw connection. */
    private static String readHead(InputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
