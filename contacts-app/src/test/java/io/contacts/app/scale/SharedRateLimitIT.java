package io.contacts.app.scale;

import io.contacts.app.ApiClient;
import io.contacts.app.reliability.Race;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One user's rate limit on three nodes of one PostgreSQL database: the nodes admit the limit between them, not
 * each. With a lease of one request ({@code CONTACTS_RATE_LIMIT_LEASE=1}) exactly the limit; with the default
 * lease of ten, never more than the limit and no fewer than what the other nodes' unused leases may hold back.
 */
class SharedRateLimitIT {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    private static final int LIMIT = 30;
    private static final long WINDOW_SECONDS = 60;
    private static final int DEFAULT_LEASE = 10;
    /** Three clients at once, each a third of the requests: every node gets as many, more than the limit. */
    private static final int CLIENTS = 3;
    private static final int REQUESTS_EACH = 33;

    @TempDir
    Path directory;

    @Test
    void withALeaseOfOneTheNodesAdmitExactlyTheLimitBetweenThem() throws Exception {
        try (ThreeNodes nodes = start(Map.of("CONTACTS_RATE_LIMIT_LEASE", "1"))) {
            assertThat(admittedThenRefusedEverywhere(nodes)).as("admitted of %d, on three nodes",
                    CLIENTS * REQUESTS_EACH).isEqualTo(LIMIT);
        }
    }

    @Test
    void withTheDefaultLeaseTheNodesNeverAdmitMoreThanTheLimit() throws Exception {
        try (ThreeNodes nodes = start(Map.of())) {
            long admitted = admittedThenRefusedEverywhere(nodes);
            System.out.printf("[scale] shared rate limit, default lease: %d of %d requests admitted on three nodes "
                    + "(limit %d)%n", admitted, CLIENTS * REQUESTS_EACH, LIMIT);
            assertThat(admitted).as("admitted of %d, on three nodes", CLIENTS * REQUESTS_EACH)
                    .isBetween((long) LIMIT - (ThreeNodes.COUNT - 1) * (DEFAULT_LEASE - 1), (long) LIMIT);
        }
    }

    private ThreeNodes start(Map<String, String> lease) throws InterruptedException {
        Map<String, String> settings = new HashMap<>(lease);
        settings.put("CONTACTS_RATE_LIMIT", LIMIT + "/" + WINDOW_SECONDS + "s");
        return ThreeNodes.start(POSTGRES.jdbcUrl(), settings, directory);
    }

    /**
     * One user's requests from three clients at once, round-robined over the nodes; then checks that every node
     * refuses that user with 503 and {@code Retry-After}, and serves another user. Returns how many were admitted.
     */
    private static long admittedThenRefusedEverywhere(ThreeNodes nodes) {
        Tenant busy = nodes.newTenant("Busy");
        Tenant quiet = nodes.newTenant("Quiet");
        List<List<Integer>> statuses = Race.run(CLIENTS, client -> {
            List<Integer> answers = new ArrayList<>();
            for (int request = 0; request < REQUESTS_EACH; request++) {
                HttpResponse<String> answer = nodes.balanced(busy).get("/account/who_am_i");
                if (answer.statusCode() == 503) {
                    assertRetryAfter(answer);
                }
                answers.add(answer.statusCode());
            }
            return answers;
        });
        assertThat(nodes.balancer().answered()).as("requests per node").containsOnly(REQUESTS_EACH);
        List<Integer> all = statuses.stream().flatMap(List::stream).toList();
        assertThat(all).as("admitted or throttled").containsOnly(200, 503);

        for (int node = 0; node < ThreeNodes.COUNT; node++) {
            HttpResponse<String> refused = nodes.direct(node, busy).get("/account/who_am_i");
            assertThat(refused.statusCode()).as("the busy user, on node %d", node).isEqualTo(503);
            assertRetryAfter(refused);
            assertThat(ApiClient.bearer(nodes.port(node), quiet.token()).get("/account/who_am_i").statusCode())
                    .as("another user, on node %d", node).isEqualTo(200);
        }
        return all.stream().filter(status -> status == 200).count();
    }

    private static void assertRetryAfter(HttpResponse<String> throttled) {
        assertThat(throttled.headers().firstValue("Retry-After")).as("Retry-After of a throttled request")
                .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, WINDOW_SECONDS));
    }
}
