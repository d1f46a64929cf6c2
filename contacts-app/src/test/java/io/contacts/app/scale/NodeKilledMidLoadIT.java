package io.contacts.app.scale;

import io.contacts.app.ApiClient;
import io.contacts.app.Xml;
import io.contacts.app.reliability.Load;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One of three nodes killed with SIGKILL while clients write through the balancer: a request that was on it may go
 * unanswered, but once it is gone the balancer sends every request to the others, which answer all of them, and
 * every create that was acknowledged — before, during or after — is there on both.
 */
class NodeKilledMidLoadIT {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    private static final int WRITERS = 6;
    private static final int VICTIM = 1;
    /** Acknowledged creates before the kill, and after it: enough that many are in flight when it lands. */
    private static final int BEFORE_THE_KILL = 90;
    private static final int AFTER_THE_KILL = 90;

    @TempDir
    Path directory;

    @Test
    void theOtherNodesServeOnAndKeepEveryAcknowledgedWrite() throws Exception {
        try (ThreeNodes nodes = ThreeNodes.start(POSTGRES.jdbcUrl(), Map.of("CONTACTS_RATE_LIMIT", "off"),
                directory)) {
            Tenant tenant = nodes.newTenant("Survivors");
            ApiClient balanced = nodes.balanced(tenant);
            HttpResponse<String> client = balanced.post("/clients", "<client><name>Acme</name></client>");
            assertThat(client.statusCode()).isEqualTo(201);
            int exit;
            Load load = Load.start(balanced, Long.parseLong(Xml.text(client.body(), "/client/id")), WRITERS, false);
            try {
                load.await(BEFORE_THE_KILL, outcome -> outcome.status() == 201, "acknowledged creates");
                load.phase("dying");
                nodes.process(VICTIM).kill();
                exit = nodes.process(VICTIM).awaitExit();
                load.phase("gone");
                load.await(AFTER_THE_KILL, outcome -> outcome.status() == 201, "acknowledged creates");
            } finally {
                load.close();
            }
            assertThat(exit).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

            Map<String, Map<Integer, Long>> statuses = load.outcomes().stream().collect(Collectors.groupingBy(
                    Load.Outcome::phase, TreeMap::new, Collectors.groupingBy(Load.Outcome::status, TreeMap::new,
                            Collectors.counting())));
            assertThat(statuses.get("gone")).as("sent once the node was gone: every one answered")
                    .containsOnlyKeys(201);
            for (String phase : List.of("before", "dying")) {
                // A request sent before the kill may still have been on the node when it died.
                assertThat(statuses.getOrDefault(phase, Map.of()).keySet()).as("sent %s: 201 or no answer", phase)
                        .isSubsetOf(201, -1);
            }
            assertThat(nodes.balancer().refused().get(VICTIM)).as("connections the dead node refused, sent on")
                    .isPositive();

            Map<Long, String> acknowledged = load.acknowledged();
            for (int node : List.of(0, 2)) {
                assertThat(contacts(nodes.direct(node, tenant))).as("every acknowledged create, on node %d", node)
                        .containsAllEntriesOf(acknowledged);
            }
            System.out.printf("[scale] SIGKILL of one of three nodes mid-load: %d creates sent, %d answered 201, "
                    + "%d unanswered (all sent before it was gone); by phase %s%n", load.outcomes().size(),
                    acknowledged.size(), load.outcomes().size() - acknowledged.size(), statuses);
        }
    }

    /** Every contact the node lists: id to first name. */
    private static Map<Long, String> contacts(ApiClient direct) {
        HttpResponse<String> list = direct.get("/contacts");
        assertThat(list.statusCode()).isEqualTo(200);
        List<String> ids = Xml.texts(list.body(), "/contacts/contact/id");
        List<String> names = Xml.texts(list.body(), "/contacts/contact/first-name");
        Map<Long, String> contacts = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            contacts.put(Long.parseLong(ids.get(i)), names.get(i));
        }
        return contacts;
    }
}
