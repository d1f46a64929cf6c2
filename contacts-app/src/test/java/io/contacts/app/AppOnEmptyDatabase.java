package io.contacts.app;

import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test base: the real app started for each test as {@code main} starts it — configuration, pool, migration,
 * bootstrap, HTTP on a free port — on an empty database of the kind a subclass names, and stopped after it.
 */
abstract class AppOnEmptyDatabase {

    protected TestApp app;
    private PostgresTestDatabase postgres;

    /** A JDBC URL of an empty database of the kind under test. */
    protected abstract String emptyDatabaseUrl();

    /** A fresh PostgreSQL database for {@link #emptyDatabaseUrl()}, dropped once the service has stopped. */
    protected final String freshPostgres() {
        postgres = PostgresTestDatabase.started();
        return postgres.jdbcUrl();
    }

    @BeforeEach
    void startTheService() {
        app = TestApp.start(TestApp.config(emptyDatabaseUrl()));
    }

    @AfterEach
    void stopTheService() {
        app.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Creates a client through the API; its id. */
    static long createClient(ApiClient client, String name) {
        HttpResponse<String> created = client.post("/clients", "<client><name>" + name + "</name></client>");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Long.parseLong(Xml.text(created.body(), "/client/id"));
    }
}
