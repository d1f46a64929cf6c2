package io.contacts.app.reliability;

import io.contacts.app.ApiClient;
import io.contacts.app.config.AppConfig;
import io.contacts.app.config.ConfigException;
import io.contacts.app.config.ConfigLoader;
import io.contacts.app.config.ConfigSource;
import io.contacts.http.undertow.RateLimit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The brake on guessing passwords, on the running service: after the configured number of failed sign-ins for a
 * login, that login's password sign-ins get 503 with {@code Retry-After} — the right password too, unless the
 * service verified it a moment ago — while its tokens, and every other login, work as before. A login that does
 * not exist is braked just the same, so the brake tells no one which logins exist.
 */
class FailedSignInBrakeTest {

    @RegisterExtension
    static final SecretsInLogs LOGS = SecretsInLogs.atInfoLevel();

    private static final int FAILURES = 5;
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Pattern BRAKED = Pattern.compile(
            "Too many failed sign-ins for this login; retry in (\\d+) seconds");

    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start(Store.H2, Map.of(ConfigLoader.SIGNIN_LIMIT, FAILURES + "/" + WINDOW.toSeconds() + "s"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aLoginWithTooManyFailedSignInsIsBrakedAndNothingElseIs() {
        Tenant victim = service.newTenant("Guessed At Ltd");
        Tenant bystander = service.newTenant("Bystander Ltd");
        int port = service.port();
        ApiClient running = victim.basic();
        assertThat(running.get("/account/who_am_i").statusCode()).as("a client signed in before").isEqualTo(200);

        for (int i = 0; i < FAILURES; i++) {
            assertThat(guess(victim.email(), i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> braked = guess(victim.email(), FAILURES);
        HttpResponse<String> rightPassword = ApiClient.basic(port, victim.email().toUpperCase(), victim.password())
                .get("/contacts");

        for (HttpResponse<String> answer : List.of(braked, rightPassword)) {
            assertThat(answer.statusCode()).isEqualTo(503);
            long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, WINDOW.toSeconds());
            Matcher message = BRAKED.matcher(Answers.messages(answer).get(0));
            assertThat(message.matches()).as(answer.body()).isTrue();
            assertThat(Long.parseLong(message.group(1))).isEqualTo(retryAfter);
            NoLeaks.assertClean(answer.body());
        }
        assertThat(running.get("/contacts").statusCode()).as("verified a moment ago, so not braked").isEqualTo(200);
        assertThat(victim.bearer().get("/contacts").statusCode()).as("tokens are not braked").isEqualTo(200);
        assertThat(bystander.basic().get("/contacts").statusCode()).isEqualTo(200);
        assertThat(guess(bystander.email(), 0).statusCode()).as("another login's count is its own").isEqualTo(401);

        String nobody = "nobody-" + UUID.randomUUID() + "@nowhere.example";
        for (int i = 0; i < FAILURES; i++) {
            assertThat(guess(nobody, i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> unknown = guess(nobody, FAILURES);
        assertThat(unknown.statusCode()).as("a login that does not exist, braked alike").isEqualTo(503);
        assertThat(Answers.messages(unknown).get(0)).matches(BRAKED);
        Report.line("failed sign-in brake: %d failures per %d s per login; the next sign-in (wrong or right password) "
                + "503 + Retry-After; a client verified before, the login's token and other logins unaffected; an "
                + "unknown login braked alike", FAILURES, WINDOW.toSeconds());
    }

    @Test
    void theBrakeIsConfiguredLikeTheRateLimit() {
        AppConfig defaults = load(Map.of());
        AppConfig off = load(Map.of(ConfigLoader.SIGNIN_LIMIT, "off"));
        AppConfig strict = load(Map.of(ConfigLoader.SIGNIN_LIMIT, "3/3600s", ConfigLoader.RATE_LIMIT_STATUS, "429"));

        assertThat(defaults.signInLimit()).isEqualTo(RateLimit.perWindow(10, Duration.ofMinutes(5)));
        assertThat(off.signInLimit().enabled()).isFalse();
        assertThat(strict.signInLimit()).isEqualTo(RateLimit.perWindow(3, Duration.ofHours(1)).with429());
        assertThatThrownBy(() -> load(Map.of(ConfigLoader.SIGNIN_LIMIT, "often")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("CONTACTS_SIGNIN_LIMIT='often' is invalid");
    }

    private static HttpResponse<String> guess(String email, int attempt) {
        String password = "guess " + attempt + " " + UUID.randomUUID();
        SecretsInLogs.remember(password);
        return ApiClient.basic(service.port(), email, password).get("/contacts");
    }

    private static AppConfig load(Map<String, String> environment) {
        return ConfigLoader.load(new ConfigSource(environment, new Properties()));
    }
}
