package io.contacts.app.scale;

import io.contacts.app.ApiClient;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials on three nodes of one PostgreSQL database: the failed sign-in brake counts a login's failures on
 * every node together, and what an administration command takes away (a token, a user) is refused by every node
 * once the credential time to live has passed.
 */
class CredentialsAcrossNodesIT {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    private static final Duration TTL = Duration.ofSeconds(2);
    private static final int FAILURES = 10;
    private static final Duration BRAKE_WINDOW = Duration.ofSeconds(300);
    /** Generous: the longest a node may trust a credential it verified, and then some for a loaded machine. */
    private static final Duration DEADLINE = TTL.plusSeconds(10);

    @TempDir
    static Path directory;
    private static ThreeNodes nodes;

    @BeforeAll
    static void start() throws InterruptedException {
        nodes = ThreeNodes.start(POSTGRES.jdbcUrl(), Map.of("CONTACTS_RATE_LIMIT", "off",
                "CONTACTS_CREDENTIAL_TTL", TTL.toSeconds() + "s",
                "CONTACTS_SIGNIN_LIMIT", FAILURES + "/" + BRAKE_WINDOW.toSeconds() + "s"), directory);
    }

    @AfterAll
    static void stop() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void tenFailedSignInsSpreadOverTheNodesBrakeTheLoginOnEveryNode() {
        Tenant victim = nodes.newTenant("Guessed At");
        Tenant bystander = nodes.newTenant("Bystander");
        List<Integer> before = nodes.balancer().answered();
        for (int attempt = 0; attempt < FAILURES; attempt++) {
            HttpResponse<String> wrong = ApiClient.basic(nodes.balancerPort(), victim.email(), "guess " + attempt)
                    .get("/contacts");
            assertThat(wrong.statusCode()).as("failed sign-in %d", attempt + 1).isEqualTo(401);
        }
        List<Integer> after = nodes.balancer().answered();
        for (int node = 0; node < ThreeNodes.COUNT; node++) {
            assertThat(after.get(node) - before.get(node)).as("failures on node %d", node).isPositive();
        }

        List<HttpResponse<String>> right = onEveryNode(node -> ApiClient.basic(nodes.port(node), victim.email(),
                victim.password()).get("/contacts"));
        List<HttpResponse<String>> wrong = onEveryNode(node -> ApiClient.basic(nodes.port(node), victim.email(),
                "one more guess").get("/contacts"));

        assertThat(right).extracting(HttpResponse::statusCode).as("the right password, on each node")
                .containsExactly(503, 503, 503);
        assertThat(wrong).extracting(HttpResponse::statusCode).as("a wrong one, on each node")
                .containsExactly(503, 503, 503);
        for (HttpResponse<String> braked : right) {
            assertThat(braked.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                    assertThat(Long.parseLong(seconds)).isBetween(1L, BRAKE_WINDOW.toSeconds()));
            assertThat(braked.body()).contains("Too many failed sign-ins for this login");
        }
        assertThat(onEveryNode(node -> nodes.direct(node, victim).get("/contacts")))
                .extracting(HttpResponse::statusCode).as("the braked login's token").containsOnly(200);
        assertThat(onEveryNode(node -> ApiClient.basic(nodes.port(node), bystander.email(), bystander.password())
                .get("/contacts"))).extracting(HttpResponse::statusCode).as("another login").containsOnly(200);
    }

    @Test
    void aTokenRevokedWithTheCommandLineIsRefusedByEveryNodeOnceItsTimeToLiveHasPassed() throws Exception {
        Tenant tenant = nodes.newTenant("Revoked");
        assertThat(onEveryNode(node -> nodes.direct(node, tenant).get("/account/who_am_i")))
                .extracting(HttpResponse::statusCode).as("verified, and so trusted a while, by every node")
                .containsOnly(200);

        nodes.command("token", "revoke", "--id", nodes.tokenId(tenant.email()));

        awaitRefusedEverywhere(node -> nodes.direct(node, tenant));
    }

    @Test
    void aUserDeletedWithTheCommandLineIsRefusedByEveryNodeOnceItsTimeToLiveHasPassed() throws Exception {
        Tenant tenant = nodes.newTenant("Deleted");
        IntFunction<ApiClient> password = node -> ApiClient.basic(nodes.port(node), tenant.email(), tenant.password());
        for (IntFunction<ApiClient> client : List.<IntFunction<ApiClient>>of(password,
                node -> nodes.direct(node, tenant))) {
            assertThat(onEveryNode(node -> client.apply(node).get("/account/who_am_i")))
                    .extracting(HttpResponse::statusCode).as("verified by every node").containsOnly(200);
        }

        nodes.command("user", "delete", "--email", tenant.email());

        awaitRefusedEverywhere(password);
        awaitRefusedEverywhere(node -> nodes.direct(node, tenant));
    }

    /** Asks each node until it answers 401, within the deadline; once refused, a node is not asked again. */
    private static void awaitRefusedEverywhere(IntFunction<ApiClient> client) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        List<Integer> last = new ArrayList<>(List.of(200, 200, 200));
        while (last.contains(200) && System.nanoTime() < deadline) {
            for (int node = 0; node < ThreeNodes.COUNT; node++) {
                if (last.get(node) == 200) {
                    last.set(node, client.apply(node).get("/account/who_am_i").statusCode());
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        assertThat(last).as("each node's last answer within %s of the change", DEADLINE).containsOnly(401);
    }

    private static List<HttpResponse<String>> onEveryNode(IntFunction<HttpResponse<String>> request) {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int node = 0; node < ThreeNodes.COUNT; node++) {
            answers.add(request.apply(node));
        }
        return answers;
    }
}
