package io.contacts.app.reliability;

import io.contacts.app.Administration;
import io.contacts.app.ApiClient;
import io.contacts.app.TestApp;
import io.contacts.app.Xml;
import io.contacts.domain.model.Account;
import io.contacts.domain.model.User;
import io.contacts.domain.port.in.CreateUserCommand;
import io.contacts.persistence.jooq.H2Urls;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real service — {@code ContactsServer} configured as a user configures it, any free port — on a throw-away
 * database of the chosen kind: a fresh PostgreSQL database, or an embedded H2 file in a temporary directory.
 * Closing it stops the service and removes the database.
 */
final class Service implements AutoCloseable {

    private final Store store;
    private final PostgresTestDatabase postgres;
    private final Path h2Directory;
    private final TestApp app;

    private Service(Store store, PostgresTestDatabase postgres, Path h2Directory, TestApp app) {
        this.store = store;
        this.postgres = postgres;
        this.h2Directory = h2Directory;
        this.app = app;
    }

    static Service start(Store store) {
        return start(store, Map.of());
    }

    /** Starts on a new database, with {@code settings} (environment variables) added to the test configuration. */
    static Service start(Store store, Map<String, String> settings) {
        SecretsInLogs.remember(TestApp.PASSWORD);
        SecretsInLogs.remember(ApiClient.basicAuthorization(TestApp.EMAIL, TestApp.PASSWORD));
        PostgresTestDatabase postgres = null;
        Path directory = null;
        try {
            String url;
            if (store == Store.POSTGRES) {
                postgres = PostgresTestDatabase.started();
                url = postgres.jdbcUrl();
            } else {
                directory = Files.createTempDirectory("contacts-reliability-");
                url = H2Urls.file(directory);
            }
            TestApp app = TestApp.start(TestApp.config(url, settings));
            return new Service(store, postgres, directory, app);
        } catch (IOException | RuntimeException e) {
            release(postgres, directory);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    Store store() {
        return store;
    }

    TestApp app() {
        return app;
    }

    int port() {
        return app.port();
    }

    /**
     * A new account with one user and a token, made through the administration path as an operator would.
     * Its secrets are remembered, so that the log scan looks for them.
     */
    Tenant newTenant(String company) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "user-" + unique + "@" + company.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example";
        String password = "password " + UUID.randomUUID();
        SecretsInLogs.remember(password);
        SecretsInLogs.remember(ApiClient.basicAuthorization(email, password));
        return Administration.run(app.config(), useCases -> {
            Account account = useCases.createAccount().createAccount(company);
            User user = useCases.createUser().createUser(
                    new CreateUserCommand(account.id(), email, "Ada", "Lovelace", password));
            String token = useCases.issueToken().issueToken(user.email().value()).token();
            SecretsInLogs.remember(token);
            return new Tenant(account.id().value(), company, email, password, token, app.port());
        });
    }

    /** A direct connection to the service's database, to look at what it stored. */
    Connection jdbc() throws SQLException {
        return DriverManager.getConnection(app.config().dbUrl());
    }

    /** What the tenant's user sees of all its data: every contact and client with versions' timestamps. */
    static String snapshot(ApiClient api) {
        HttpResponse<String> contacts = api.get("/contacts");
        HttpResponse<String> clients = api.get("/clients");
        assertThat(contacts.statusCode()).as("the service still answers").isEqualTo(200);
        assertThat(clients.statusCode()).as("the service still answers").isEqualTo(200);
        return contacts.body() + clients.body();
    }

    static long createClient(ApiClient api, String name) {
        HttpResponse<String> created = api.post("/clients", "<client><name>" + name + "</name></client>");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Long.parseLong(Xml.text(created.body(), "/client/id"));
    }

    static long createContact(ApiClient api, long client, String firstName) {
        HttpResponse<String> created = api.post("/contacts", "<contact><client-id>" + client + "</client-id>"
                + "<first-name>" + firstName + "</first-name><last-name>Doe</last-name></contact>");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Long.parseLong(Xml.text(created.body(), "/contact/id"));
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            release(postgres, h2Directory);
        }
    }

    private static void release(PostgresTestDatabase postgres, Path directory) {
        if (postgres != null) {
            postgres.close();
        }
        if (directory != null) {
            deleteTree(directory);
        }
    }

    static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
