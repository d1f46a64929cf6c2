package io.contacts.app.scale;

import io.contacts.app.ApiClient;
import io.contacts.app.Xml;
import io.contacts.app.reliability.Race;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes from several clients at once, round-robined over three nodes on one PostgreSQL database: every create a
 * node acknowledged is served by every node, as last updated; a delete is gone from every node; two updates of one
 * version racing on two nodes, one wins and the other is 412.
 */
class InterleavedWritesIT {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    private static final int WRITERS = 4;
    private static final int ROUNDS = 15;
    private static final int RACES = 9;

    @TempDir
    static Path directory;
    private static ThreeNodes nodes;

    @BeforeAll
    static void start() throws InterruptedException {
        nodes = ThreeNodes.start(POSTGRES.jdbcUrl(), Map.of("CONTACTS_RATE_LIMIT", "off"), directory);
    }

    @AfterAll
    static void stop() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    /** What one writer left: contacts it kept (id to "first last"), and the ones it deleted. */
    private record Writes(Map<Long, String> kept, Set<Long> deleted) {
    }

    @Test
    void createsUpdatesAndDeletesThroughEveryNodeAtOnceAreAllSeenByEveryNode() {
        Tenant tenant = nodes.newTenant("Interleaved");
        ApiClient balanced = nodes.balanced(tenant);
        long client = created(balanced.post("/clients", "<client><name>Acme</name></client>"), "/client/id");
        List<Integer> before = nodes.balancer().answered();
        List<Long> logged = nodes.accessLines("POST /contacts 201");

        List<Writes> writes = Race.run(WRITERS, writer -> write(balanced, client, writer));

        Map<Long, String> kept = new TreeMap<>();
        Set<Long> deleted = new TreeSet<>();
        writes.forEach(one -> {
            kept.putAll(one.kept());
            deleted.addAll(one.deleted());
        });
        assertThat(kept).hasSize(WRITERS * ROUNDS * 2 / 3);
        assertThat(deleted).hasSize(WRITERS * ROUNDS / 3);
        for (int node = 0; node < ThreeNodes.COUNT; node++) {
            ApiClient direct = nodes.direct(node, tenant);
            assertThat(contacts(direct.get("/contacts"))).as("every contact as last written, read on node %d", node)
                    .isEqualTo(kept);
            for (long id : deleted) {
                assertThat(direct.get("/contacts/" + id).statusCode()).as("deleted %d, on node %d", id, node)
                        .isEqualTo(404);
            }
        }
        List<Integer> after = nodes.balancer().answered();
        List<Integer> spread = new ArrayList<>();
        for (int node = 0; node < ThreeNodes.COUNT; node++) {
            spread.add(after.get(node) - before.get(node));
        }
        int sent = WRITERS * (2 * ROUNDS + ROUNDS / 3);
        assertThat(spread).as("requests per node, round robin").allSatisfy(count -> assertThat(count)
                .isBetween(sent / ThreeNodes.COUNT, sent / ThreeNodes.COUNT + 1));
        assertThat(nodes.awaitMoreAccessLines("POST /contacts 201", logged, WRITERS * ROUNDS))
                .as("creates each node's access log shows").allSatisfy(count -> assertThat(count).isPositive())
                .satisfies(counts -> assertThat(counts.stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(WRITERS * ROUNDS));
    }

    @Test
    void twoUpdatesOfOneVersionRacingOnTwoNodesOneWinsAndTheOtherIsRefusedWith412() {
        Tenant tenant = nodes.newTenant("Racing");
        ApiClient first = nodes.direct(0, tenant);
        long client = created(first.post("/clients", "<client><name>Acme</name></client>"), "/client/id");
        long id = created(first.post("/contacts", contact(client, "Jane", "Doe")), "/contact/id");

        for (int race = 0; race < RACES; race++) {
            // Each pair of nodes races in turn; the third reads what is left.
            int[] racers = {race % ThreeNodes.COUNT, (race + 1) % ThreeNodes.COUNT};
            ApiClient reader = nodes.direct((race + 2) % ThreeNodes.COUNT, tenant);
            String etag = reader.get("/contacts/" + id).headers().firstValue("ETag").orElseThrow();
            int round = race;
            List<HttpResponse<String>> answers = Race.run(2, racer -> nodes.direct(racers[racer], tenant)
                    .withHeader("If-Match", etag)
                    .put("/contacts/" + id, "<contact><last-name>Racer " + racer + " of " + round + "</last-name>"
                            + "</contact>"));

            assertThat(answers).extracting(HttpResponse::statusCode).as("race %d on nodes %d and %d", race,
                    racers[0], racers[1]).containsExactlyInAnyOrder(200, 412);
            int winner = answers.get(0).statusCode() == 200 ? 0 : 1;
            assertThat(Xml.text(reader.get("/contacts/" + id).body(), "/contact/last-name"))
                    .as("the winner's write, read on the third node").isEqualTo("Racer " + winner + " of " + race);
        }
        assertThat(nodes.direct(2, tenant).get("/contacts/" + id).headers().firstValue("ETag"))
                .as("one write per race: the version went up by exactly one each time")
                .hasValue("\"contact-" + id + "-" + (RACES + 1) + "\"");
    }

    /** One writer's rounds through the balancer: create, update with If-Match, and every third one deleted. */
    private static Writes write(ApiClient balanced, long client, int writer) {
        Map<Long, String> kept = new HashMap<>();
        Set<Long> deleted = new TreeSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            String first = "Writer " + writer + " round " + round;
            HttpResponse<String> created = balanced.post("/contacts", contact(client, first, "Doe"));
            long id = created(created, "/contact/id");
            HttpResponse<String> updated = balanced.withHeader("If-Match", etag(created))
                    .put("/contacts/" + id, "<contact><last-name>Updated</last-name></contact>");
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
            if (round % 3 == 2) {
                HttpResponse<String> gone = balanced.withHeader("If-Match", etag(updated)).delete("/contacts/" + id);
                assertThat(gone.statusCode()).as(gone.body()).isEqualTo(200);
                deleted.add(id);
            } else {
                kept.put(id, first + " Updated");
            }
        }
        return new Writes(kept, deleted);
    }

    /** Every contact of a list: id to "first last". */
    private static Map<Long, String> contacts(HttpResponse<String> list) {
        assertThat(list.statusCode()).isEqualTo(200);
        List<String> ids = Xml.texts(list.body(), "/contacts/contact/id");
        List<String> firsts = Xml.texts(list.body(), "/contacts/contact/first-name");
        List<String> lasts = Xml.texts(list.body(), "/contacts/contact/last-name");
        Map<Long, String> contacts = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            contacts.put(Long.parseLong(ids.get(i)), firsts.get(i) + " " + lasts.get(i));
        }
        return contacts;
    }

    private static long created(HttpResponse<String> answer, String idPath) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return Long.parseLong(Xml.text(answer.body(), idPath));
    }

    private static String etag(HttpResponse<String> answer) {
        return answer.headers().firstValue("ETag").orElseThrow();
    }

    private static String contact(long client, String first, String last) {
        return "<contact><client-id>" + client + "</client-id><first-name>" + first + "</first-name><last-name>"
                + last + "</last-name></contact>";
    }
}
