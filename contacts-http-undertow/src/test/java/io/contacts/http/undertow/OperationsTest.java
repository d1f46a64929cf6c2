package io.contacts.http.undertow;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.contacts.domain.testdata.TestUser;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, readiness and metrics routes, the request timer, the request id and the access log. */
class OperationsTest {

    private final AtomicBoolean ready = new AtomicBoolean(true);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ListAppender<ILoggingEvent> accessLog = new ListAppender<>();
    private TestServer server;

    @BeforeEach
    void start() {
        accessLog.start();
        ((Logger) LoggerFactory.getLogger(ObservedHandler.ACCESS_LOGGER)).addAppender(accessLog);
        server = TestServer.builder()
                .operations(new Operations(ready::get, () -> "# TYPE up gauge\nup 1\n", registry))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
        ((Logger) LoggerFactory.getLogger(ObservedHandler.ACCESS_LOGGER)).detachAppender(accessLog);
    }

    @Test
    void healthIsAlwaysOk() {
        ready.set(false);

        Reply reply = server.anonymous().get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("ok\n");
    }

    @Test
    void readyFollowsTheAppsCheck() {
        assertThat(server.anonymous().get("/ready").status()).isEqualTo(200);
        ready.set(false);
        Reply notReady = server.anonymous().get("/ready/");
        assertThat(notReady.status()).isEqualTo(503);
        assertThat(notReady.body()).isEqualTo("not ready\n");
    }

    @Test
    void metricsServesTheAppsPrometheusText() {
        Reply reply = server.anonymous().get("/metrics");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(reply.body()).isEqualTo("# TYPE up gauge\nup 1\n");
        assertThat(server.anonymous().post("/metrics", "x").status()).isEqualTo(405);
    }

    @Test
    void everyRequestIsTimedByRouteTemplateNeverByPath() {
        Api api = server.newUserApi();
        api.get("/contacts/12345");
        api.get("/contacts/67890");
        api.get("/no/such/thing");
        Eventually.until("three requests timed", () -> registry.find(ObservedHandler.TIMER).timers().stream()
                .mapToLong(Timer::count).sum() >= 3);

        Timer byTemplate = registry.find(ObservedHandler.TIMER)
                .tags("method", "GET", "uri", "/contacts/{contact_id}", "status", "404").timer();
        assertThat(byTemplate).isNotNull();
        assertThat(byTemplate.count()).isEqualTo(2);
        assertThat(registry.find(ObservedHandler.TIMER).tags("uri", "NOT_FOUND").timer()).isNotNull();
        assertThat(registry.getMeters()).noneMatch(meter -> String.valueOf(meter.getId().getTag("uri")).contains("12345"));
    }

    @Test
    void aSaneRequestIdIsEchoedAndAnyOtherReplaced() {
        Reply echoed = server.anonymous().with("X-Request-Id", "abc-123.X").get("/health");
        Reply replaced = server.anonymous().with("X-Request-Id", "<script>").get("/health");
        Reply generated = server.anonymous().get("/health");

        assertThat(echoed.header("X-Request-Id")).contains("abc-123.X");
        assertThat(replaced.header("X-Request-Id").orElseThrow()).matches("[0-9a-f]{32}");
        assertThat(generated.header("X-Request-Id").orElseThrow()).matches("[0-9a-f]{32}");
    }

    @Test
    void oneAccessLogLinePerRequestWithoutQueryStringOrCredentials() {
        TestUser user = server.domain().newUser();
        server.anonymous().with("X-Request-Id", "req-1").with("Authorization", "Bearer " + user.token())
                .get("/contacts?updated_since=2010-01-01");
        server.anonymous().with("X-Request-Id", "req-2").get("/clients?access_token=" + user.token());
        server.anonymous().with("X-Request-Id", "req-3").basic(user.email(), user.password()).get("/clients");
        Eventually.until("three access lines", () -> accessLines() >= 3);

        List<String> lines = accessLog.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("GET /contacts 200 ").contains("request_id=req-1")
                .contains("user=" + user.caller().userId().value());
        assertThat(lines.get(1)).startsWith("GET /clients 200 ").contains("request_id=req-2");
        assertThat(lines.get(2)).contains("request_id=req-3");
        assertThat(String.join("\n", lines)).doesNotContain(user.token(), user.password(), "updated_since",
                "access_token", "Basic", "Bearer");
    }

    @Test
    void controlCharactersInAPathCannotForgeLogLines() {
        Reply reply = server.anonymous().get("/contacts%1b%5b2K%09%0b/forged");

        assertThat(reply.status()).isEqualTo(404);
        Eventually.until("one access line", () -> accessLines() >= 1);
        assertThat(accessLog.list).hasSize(1);
        assertThat(accessLog.list.get(0).getFormattedMessage()).startsWith("GET /contacts\\x1b[2K\\x09\\x0b/forged 404")
                .doesNotContain("\u001b").doesNotContain("\t");
    }

    /** Read under the appender's own lock, which every append holds: the count is then current. */
    private int accessLines() {
        synchronized (accessLog) {
            return accessLog.list.size();
        }
    }
}
