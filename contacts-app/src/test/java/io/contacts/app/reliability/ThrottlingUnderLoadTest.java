package io.contacts.app.reliability;

import io.contacts.app.Administration;
import io.contacts.app.ApiClient;
import io.contacts.app.Xml;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.port.in.CreateUserCommand;
import io.contacts.app.config.ConfigLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-user throttle under load: one user flooding from many connections at once gets exactly the configured
 * number of requests through and 503 with {@code Retry-After} for the rest, writing nothing for them; meanwhile
 * another user of the same account and a user of another account are served as if nothing happened.
 */
class ThrottlingUnderLoadTest {

    @RegisterExtension
    static final SecretsInLogs LOGS = SecretsInLogs.atInfoLevel();

    /** Long enough that the window cannot end while the test runs, however slow the machine. */
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int LIMIT = 30;
    private static final int FLOODERS = 16;
    private static final int REQUESTS_EACH = 10;
    private static final int STEADY_REQUESTS = 20;
    private static final Pattern THROTTLED =
            Pattern.compile("Rate limit exceeded: at most 30 requests in 600 seconds; retry in (\\d+) seconds");

    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start(Store.H2, Map.of(ConfigLoader.RATE_LIMIT, LIMIT + "/" + WINDOW.toSeconds() + "s"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aUserOverTheLimitGets503WithRetryAfterWhileOthersAreUnaffected() {
        Tenant flooding = service.newTenant("Flood Ltd");
        ApiClient flooder = flooding.basic();
        ApiClient colleague = colleagueOf(flooding);
        ApiClient stranger = service.newTenant("Bystander Ltd").bearer();
        long client = Service.createClient(colleague, "Acme");
        // Signed in once beforehand (the status route is not counted), so the flood measures the throttle only.
        for (ApiClient api : List.of(flooder, colleague, stranger)) {
            assertThat(api.get("/account/rate_limit_status").statusCode()).isEqualTo(200);
        }

        List<List<HttpResponse<String>>> runs = Race.run(FLOODERS + 2, runner -> {
            List<HttpResponse<String>> answers = new ArrayList<>();
            if (runner < FLOODERS) {
                for (int i = 0; i < REQUESTS_EACH; i++) {
                    answers.add(i % 2 == 0 ? flooder.get("/contacts") : flooder.post("/contacts",
                            "<contact><client-id>" + client + "</client-id><first-name>Flood " + runner + "-" + i
                                    + "</first-name><last-name>Doe</last-name></contact>"));
                }
            } else {
                ApiClient steady = runner == FLOODERS ? colleague : stranger;
                for (int i = 0; i < STEADY_REQUESTS; i++) {
                    answers.add(steady.get("/contacts"));
                }
            }
            return answers;
        });

        List<HttpResponse<String>> flood = runs.subList(0, FLOODERS).stream().flatMap(List::stream).toList();
        long admitted = flood.stream().filter(answer -> answer.statusCode() / 100 == 2).count();
        long created = flood.stream().filter(answer -> answer.statusCode() == 201).count();
        List<HttpResponse<String>> refused = flood.stream().filter(answer -> answer.statusCode() == 503).toList();
        assertThat(admitted).isEqualTo(LIMIT);
        assertThat(refused).hasSize(FLOODERS * REQUESTS_EACH - LIMIT);
        for (HttpResponse<String> answer : refused) {
            long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, WINDOW.toSeconds());
            Matcher message = THROTTLED.matcher(Answers.messages(answer).get(0));
            assertThat(message.matches()).as(answer.body()).isTrue();
            assertThat(Long.parseLong(message.group(1))).isEqualTo(retryAfter);
        }
        for (List<HttpResponse<String>> steady : runs.subList(FLOODERS, FLOODERS + 2)) {
            assertThat(steady).extracting(HttpResponse::statusCode).containsOnly(200).hasSize(STEADY_REQUESTS);
        }

        // Refused writes wrote nothing; the flooder still may ask how long to wait; operations are never throttled.
        assertThat(Xml.count(colleague.get("/contacts").body(), "/contacts/contact")).isEqualTo((int) created);
        String status = flooder.get("/account/rate_limit_status").body();
        assertThat(Xml.text(status, "/hash/count")).isEqualTo(Integer.toString(LIMIT));
        assertThat(Long.parseLong(Xml.text(status, "/hash/lockout-seconds"))).isPositive();
        assertThat(flooder.get("/contacts").statusCode()).isEqualTo(503);
        assertThat(ApiClient.anonymous(service.port()).get("/ready").statusCode()).isEqualTo(200);
        Report.line("throttling under load: limit %d per %d s; %d concurrent connections sent %d requests: %d admitted "
                        + "(%d creates), %d refused with 503 + Retry-After; two other users sent %d each, all 200",
                LIMIT, WINDOW.toSeconds(), FLOODERS, flood.size(), admitted, created, refused.size(), STEADY_REQUESTS);
    }

    /** A second user of the flooding user's account: the limit is per user, not per account. */
    private static ApiClient colleagueOf(Tenant tenant) {
        String email = "colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@flood.example";
        String password = "colleague password " + UUID.randomUUID();
        SecretsInLogs.remember(password);
        Administration.run(service.app().config(), useCases -> useCases.createUser().createUser(
                new CreateUserCommand(AccountId.of(tenant.accountId()), email, "Grace", "Hopper", password)));
        return ApiClient.basic(service.port(), email, password);
    }
}
