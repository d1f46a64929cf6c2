package io.contacts.http.undertow;

import io.contacts.domain.model.Identity;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The account routes: who the caller is, and its rate-limit status. */
class AccountTest {

    private static TestServer server;
    private static TestDomain domain;

    @BeforeAll
    static void start() {
        server = TestServer.builder().settings(settings -> settings.withRateLimit(RateLimit.harvestDefault())).start();
        domain = server.domain();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void whoAmIDescribesTheCompanyAndTheUser() {
        TestUser user = domain.newUser();
        Identity identity = domain.useCases().whoAmI().whoAmI(user.caller());

        Reply reply = server.as(user).get("/account/who_am_i");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(XPath.value(reply.body(), "/hash/company/name")).isEqualTo(identity.account().name());
        assertThat(XPath.value(reply.body(), "/hash/company/id")).isEqualTo(Long.toString(user.account().value()));
        assertThat(XPath.value(reply.body(), "/hash/user/email")).isEqualTo(user.email());
        assertThat(XPath.value(reply.body(), "/hash/user/first-name")).isEqualTo("Test");
        assertThat(XPath.value(reply.body(), "/hash/user/id")).isEqualTo(Long.toString(user.caller().userId().value()));
    }

    @Test
    void whoAmIInJson() {
        TestUser user = domain.newUser();

        Object reply = Json.parse(server.as(user).json().get("/account/who_am_i").body());

        assertThat(Json.at(reply, "user", "email")).isEqualTo(user.email());
        assertThat(Json.at(reply, "company", "id")).isEqualTo(user.account().value());
        assertThat(Json.at(reply, "user", "last_name")).isEqualTo("User");
    }

    @Test
    void rateLimitStatusCountsTheCallsOfTheWindowButNotItself() {
        TestUser user = domain.newUser();
        Api api = server.as(user);

        Reply fresh = api.get("/account/rate_limit_status");
        api.get("/contacts");
        api.get("/clients");
        Reply after = api.get("/account/rate_limit_status");

        assertThat(fresh.status()).isEqualTo(200);
        assertThat(XPath.value(fresh.body(), "/hash/count")).isEqualTo("0");
        assertThat(XPath.value(fresh.body(), "/hash/last-access-at/@nil")).isEqualTo("true");
        assertThat(XPath.value(after.body(), "/hash/count")).isEqualTo("2");
        assertThat(XPath.value(after.body(), "/hash/max-calls")).isEqualTo("100");
        assertThat(XPath.value(after.body(), "/hash/timeframe-limit")).isEqualTo("15");
        assertThat(XPath.value(after.body(), "/hash/lockout-seconds")).isEqualTo("0");
        assertThat(XPath.value(after.body(), "/hash/last-access-at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    }

    @Test
    void rateLimitStatusInJson() {
        TestUser user = domain.newUser();
        server.as(user).get("/contacts");

        Object reply = Json.parse(server.as(user).json().get("/account/rate_limit_status").body());

        assertThat(Json.at(reply, "count")).isEqualTo(1L);
        assertThat(Json.at(reply, "max_calls")).isEqualTo(100L);
        assertThat(Json.at(reply, "timeframe_limit")).isEqualTo(15L);
        assertThat(Json.at(reply, "lockout_seconds")).isEqualTo(0L);
        assertThat(Json.at(reply, "last_access_at")).isNotNull();
    }

    @Test
    void theAccountRoutesNeedCredentials() {
        assertThat(server.anonymous().get("/account/who_am_i").status()).isEqualTo(401);
        assertThat(server.anonymous().get("/account/rate_limit_status").status()).isEqualTo(401);
    }
}
