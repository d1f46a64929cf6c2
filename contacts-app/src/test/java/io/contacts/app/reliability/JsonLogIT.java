package io.contacts.app.reliability;

import io.contacts.app.ApiClient;
import io.contacts.app.ServiceProcess;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jar with {@code CONTACTS_LOG_FORMAT=json}, on the embedded store and on PostgreSQL: its standard output
 * is JSON Lines, one object per event, the access log's request id, user, status and duration each a field of its own.
 */
class JsonLogIT {

    private static final String EMAIL = "ops@acme.example";
    private static final String PASSWORD = "json log password";

    @TempDir
    Path workingDirectory;

    @Test
    void onTheEmbeddedStoreEveryLineIsOneJsonObjectAndAnAccessLineCarriesItsPartsAsFields() throws Exception {
        everyLineIsOneJsonObjectAndAnAccessLineCarriesItsPartsAsFields(Map.of());
    }

    @Test
    void onPostgresEveryLineIsOneJsonObjectAndAnAccessLineCarriesItsPartsAsFields() throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.started()) {
            everyLineIsOneJsonObjectAndAnAccessLineCarriesItsPartsAsFields(Map.of("CONTACTS_DB_URL",
                    database.jdbcUrl()));
        }
    }

    private void everyLineIsOneJsonObjectAndAnAccessLineCarriesItsPartsAsFields(Map<String, String> store)
            throws Exception {
        // An account made beforehand: a first start's login banner is text for a person, not a log event.
        String account = ServiceProcess.lastLineWith(workingDirectory, store, null, "account", "create", "--name", "Acme")
                .replaceAll("\\D+(\\d+).*", "$1");
        ServiceProcess.lastLineWith(workingDirectory, store, PASSWORD + "\n", "user", "create", "--account", account,
                "--email", EMAIL, "--first-name", "Ada", "--last-name", "Lovelace", "--password-stdin");

        Map<String, String> settings = new HashMap<>(store);
        settings.put("CONTACTS_HTTP_PORT", "0");
        settings.put("CONTACTS_LOG_FORMAT", "json");
        List<String> lines;
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, settings)) {
            // JSON escapes the slashes of the URL in the listening line.
            int port = Integer.parseInt(service.awaitLine("listening on http:\\\\/\\\\/127\\.0\\.0\\.1:(\\d+)").group(1));
            ApiClient.basic(port, EMAIL, PASSWORD).withHeader("X-Request-Id", "json-log-who-am-i")
                    .get("/account/who_am_i");
            ApiClient.anonymous(port).withHeader("X-Request-Id", "json-log-health").get("/health");
            service.awaitLine("json-log-health");
            service.terminate();
            assertThat(service.awaitExit()).isEqualTo(143);
            lines = service.output();
        }

        List<Map<String, Object>> events = lines.stream().map(Answers::jsonLine).toList();
        assertThat(events).hasSizeGreaterThan(3)
                .allSatisfy(event -> assertThat(event).containsKeys("timestamp", "level", "loggerName",
                        "formattedMessage"));
        Map<String, Object> whoAmI = access(events, "json-log-who-am-i");
        assertThat(whoAmI.get("level")).isEqualTo("INFO");
        assertThat(whoAmI.get("loggerName")).isEqualTo("io.contacts.http.access");
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) whoAmI.get("mdc");
        assertThat(fields).containsEntry("status", "200").containsEntry("method", "GET")
                .containsEntry("path", "/account/who_am_i").containsKey("user");
        assertThat((String) fields.get("user")).matches("\\d+");
        assertThat((String) fields.get("duration_ms")).matches("\\d+\\.\\d");
        @SuppressWarnings("unchecked")
        Map<String, Object> anonymous = (Map<String, Object>) access(events, "json-log-health").get("mdc");
        assertThat(anonymous).containsEntry("status", "200").doesNotContainKey("user");
        assertThat(events).anySatisfy(event -> assertThat((String) event.get("formattedMessage"))
                .startsWith("Client Contacts listening on http://127.0.0.1:"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> access(List<Map<String, Object>> events, String requestId) {
        return events.stream()
                .filter(event -> event.get("mdc") instanceof Map<?, ?> mdc && requestId.equals(mdc.get("request_id")))
                .findFirst().orElseThrow(() -> new AssertionError("no access line for " + requestId + " in " + events));
    }
}
