package io.contacts.http.undertow;

import io.contacts.domain.testdata.MutableClock;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-user throttling: the limit per window, 503 or 429 with Retry-After, other users unaffected, then reset. */
class ThrottlingTest {

    private static final Duration WINDOW = Duration.ofSeconds(15);

    /** The rate limit's windows are timed by the domain's clock, which a test moves by hand. */
    private static TestServer serverWith(RateLimit limit) {
        return TestServer.builder().settings(settings -> settings.withRateLimit(limit)).start();
    }

    @Test
    void theHundredAndFirstRequestIn15SecondsIs503WithRetryAfterByDefault() {
        try (TestServer server = serverWith(RateLimit.harvestDefault())) {
            MutableClock clock = server.domain().clock();
            TestUser user = server.domain().newUser();
            Api api = server.as(user);
            for (int i = 0; i < 100; i++) {
                assertThat(api.get("/contacts").status()).isEqualTo(200);
            }
            clock.advance(Duration.ofSeconds(5));

            Reply throttled = api.get("/contacts");

            assertThat(throttled.status()).isEqualTo(503);
            assertThat(throttled.header("Retry-After")).contains("10");
            assertThat(XPath.value(throttled.body(), "/hash/message")).contains("Rate limit exceeded");
            Reply status = api.get("/account/rate_limit_status");
            assertThat(status.status()).isEqualTo(200);
            assertThat(XPath.value(status.body(), "/hash/count")).isEqualTo("100");
            assertThat(XPath.value(status.body(), "/hash/lockout-seconds")).isEqualTo("10");
        }
    }

    @Test
    void anotherUserIsUnaffectedAndTheWindowEnds() {
        try (TestServer server = serverWith(RateLimit.perWindow(3, WINDOW))) {
            MutableClock clock = server.domain().clock();
            Api busy = server.newUserApi();
            for (int i = 0; i < 3; i++) {
                busy.get("/clients");
            }
            assertThat(busy.get("/clients").status()).isEqualTo(503);

            assertThat(server.newUserApi().get("/clients").status()).isEqualTo(200);

            clock.advance(WINDOW);
            assertThat(busy.get("/clients").status()).isEqualTo(200);
        }
    }

    @Test
    void configuredTo429() {
        try (TestServer server = serverWith(RateLimit.perWindow(2, WINDOW).with429())) {
            Api api = server.newUserApi().json();
            api.get("/contacts");
            api.get("/contacts");

            Reply throttled = api.get("/contacts");

            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.header("Retry-After")).contains("15");
            assertThat(Json.at(Json.parse(throttled.body()), "message").toString()).contains("at most 2 requests in 15 seconds");
        }
    }

    @Test
    void offNeverThrottles() {
        try (TestServer server = serverWith(RateLimit.off())) {
            Api api = server.newUserApi();
            for (int i = 0; i < 150; i++) {
                assertThat(api.get("/clients").status()).isEqualTo(200);
            }
        }
    }

    @Test
    void operationsRoutesAndFailedLoginsAreNotThrottled() {
        try (TestServer server = serverWith(RateLimit.perWindow(1, WINDOW))) {
            for (int i = 0; i < 5; i++) {
                assertThat(server.anonymous().get("/health").status()).isEqualTo(200);
                assertThat(server.anonymous().get("/contacts").status()).isEqualTo(401);
            }
        }
    }
}
