package io.contacts.app.reliability;

import io.contacts.app.ApiClient;
import io.contacts.app.ServiceProcess;
import io.contacts.app.Xml;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jar killed with SIGKILL — no shutdown hook, no drain, no pool close — in the middle of a stream of
 * creates, on the embedded H2 file and on PostgreSQL: after a restart, every contact whose create was answered 201
 * is there, as it was sent.
 */
class CrashDurabilityIT {

    private static final String EMAIL = "ops@crash.example";
    private static final int WRITERS = 8;
    /** Acknowledged creates before the kill: enough that many are in flight when it lands. */
    private static final int BEFORE_THE_KILL = 300;

    @TempDir
    Path workingDirectory;

    @ParameterizedTest
    @EnumSource(Store.class)
    void everyAcknowledgedCreateSurvivesSigkill(Store store) throws Exception {
        String password = "crash password " + UUID.randomUUID();
        PostgresTestDatabase postgres = store == Store.POSTGRES ? PostgresTestDatabase.started() : null;
        try {
            Map<String, String> environment = new HashMap<>(Map.of("CONTACTS_HTTP_PORT", "0",
                    "CONTACTS_BOOTSTRAP_EMAIL", EMAIL, "CONTACTS_BOOTSTRAP_PASSWORD", password,
                    "CONTACTS_RATE_LIMIT", "off"));
            if (postgres != null) {
                environment.put("CONTACTS_DB_URL", postgres.jdbcUrl());
            }
            List<String> log = new ArrayList<>();
            Load load;
            int exit;
            try (ServiceProcess service = ServiceProcess.start(workingDirectory, environment)) {
                ApiClient api = ApiClient.basic(service.awaitPort(), EMAIL, password);
                long client = Service.createClient(api, "Acme");
                load = Load.start(api, client, WRITERS, false);
                try {
                    load.await(BEFORE_THE_KILL, outcome -> outcome.status() == 201, "acknowledged creates");
                    service.kill();
                    exit = service.awaitExit();
                } finally {
                    load.close();
                }
                log.addAll(service.output());
                log.add(service.errors());
            }
            assertThat(exit).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

            Map<Long, String> acknowledged = load.acknowledged();
            Map<Integer, Long> statuses = load.outcomes().stream().collect(Collectors.groupingBy(
                    Load.Outcome::status, TreeMap::new, Collectors.counting()));
            assertThat(statuses.keySet()).as("201, or no answer once the process was gone").isSubsetOf(201, -1);
            Map<Long, String> found = new HashMap<>();
            try (ServiceProcess again = ServiceProcess.start(workingDirectory, environment)) {
                ApiClient api = ApiClient.basic(again.awaitPort(), EMAIL, password);
                String list = api.get("/contacts").body();
                List<String> ids = Xml.texts(list, "/contacts/contact/id");
                List<String> names = Xml.texts(list, "/contacts/contact/first-name");
                for (int i = 0; i < ids.size(); i++) {
                    found.put(Long.parseLong(ids.get(i)), names.get(i));
                }
                again.terminate();
                again.awaitExit();
                log.addAll(again.output());
                log.add(again.errors());
            }
            assertThat(found).as("every acknowledged create, as sent").containsAllEntriesOf(acknowledged);
            assertThat(String.join("\n", log)).doesNotContain(password)
                    .doesNotContain(ApiClient.basicAuthorization(EMAIL, password).substring(6));
            Report.line("crash durability on %s (jar, SIGKILL): %d creates sent, %d answered 201, %d without an "
                            + "answer; after the restart %d rows, every 201 among them (%d committed but unanswered)",
                    store, load.outcomes().size(), acknowledged.size(), statuses.getOrDefault(-1, 0L), found.size(),
                    found.size() - acknowledged.size());
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
