package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.testdata.MutableClock;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may use Harvest v2, as v2 says: a personal access token with the account it is for, a User-Agent; Basic is
 * v1's alone; a token used with another account's id gets the 401 and no data; one rate limit across v1 and v2.
 */
class V2AccessTest {

    private static final String INVALID_TOKEN = "{\"error\":\"invalid_token\",\"error_description\":\"The access"
            + " token provided is expired, revoked, malformed or invalid for other reasons.\"}";

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    @Test
    void aTokenWithItsAccountIdInHeadersOrQuerySignsIn() {
        TestUser user = domain.newUser();
        String query = "?access_token=" + user.token() + "&account_id=" + user.account().value();

        assertThat(server.v2(user).get("/v2/users/me").status()).isEqualTo(200);
        assertThat(server.v2(user).without("Harvest-Account-Id").with("HARVEST-ACCOUNT-ID",
                Long.toString(user.account().value())).get("/v2/contacts").status()).isEqualTo(200);
        assertThat(server.anonymous().with("User-Agent", "Query (q@example.com)").get("/v2/users/me" + query)
                .status()).isEqualTo(200);
    }

    @Test
    void whateverIsWrongWithTheCredentialsIsTheSame401() {
        TestUser user = domain.newUser();
        Api v2 = server.v2(user);
        List<Api> refused = List.of(
                v2.without("Harvest-Account-Id"),
                v2.with("Harvest-Account-Id", "not-a-number"),
                v2.with("Harvest-Account-Id", Long.toString(user.account().value() + 1_000_000)),
                v2.with("Authorization", "Bearer wrong-token"),
                v2.with("Authorization", Fixtures.basic(user.email(), user.password())),
                v2.without("Authorization"));

        for (Api api : refused) {
            Reply reply = api.get("/v2/contacts");
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.body()).isEqualTo(INVALID_TOKEN);
            assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value)
                    .startsWith("Bearer realm="));
        }
    }

    @Test
    void aTokenOfOneAccountWithAnothersIdSeesNothingOfEither() {
        TestUser mallory = domain.newUser();
        TestUser victim = domain.newUser();
        Client client = Fixtures.client(domain, victim);
        Contact contact = Fixtures.contact(domain, victim, client.id());
        Api crossed = server.v2(mallory).with("Harvest-Account-Id", Long.toString(victim.account().value()));

        for (String path : List.of("/v2/contacts", "/v2/contacts/" + contact.id().value(), "/v2/clients",
                "/v2/clients/" + client.id().value(), "/v2/users/me", "/v2/company")) {
            Reply reply = crossed.get(path);
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.body()).as(path).isEqualTo(INVALID_TOKEN);
        }
        assertThat(crossed.patch("/v2/contacts/" + contact.id().value(), "{\"title\":\"Pwned\"}").status())
                .isEqualTo(401);
        assertThat(crossed.delete("/v2/contacts/" + contact.id().value()).status()).isEqualTo(401);
        assertThat(server.v2(victim).get("/v2/contacts/" + contact.id().value()).body()).contains("President");
        assertThat(server.v2(mallory).get("/v2/contacts/" + contact.id().value()).status())
                .as("with its own account id, another account's contact does not exist").isEqualTo(404);
    }

    /** Raw, because java.net.http always sends a User-Agent of its own. */
    @Test
    void withoutAUserAgentIs400() {
        TestUser user = domain.newUser();
        String head = "GET /v2/users/me HTTP/1.1\r\nAuthorization: Bearer " + user.token()
                + "\r\nHarvest-Account-Id: " + user.account().value();

        String without = RawHttp.exchange(server.port(), head, new byte[0]);
        String with = RawHttp.exchange(server.port(), head + "\r\nUser-Agent: Raw (raw@example.com)", new byte[0]);

        assertThat(RawHttp.status(without)).isEqualTo(400);
        assertThat(Json.at(Json.parse(RawHttp.body(without)), "message")).asString().contains("User-Agent");
        assertThat(RawHttp.status(with)).isEqualTo(200);
    }

    @Test
    void usersMeAndCompanyDescribeTheCaller() {
        TestUser user = domain.newUser();

        Object me = Json.parse(server.v2(user).get("/v2/users/me").body());
        Object company = Json.parse(server.v2(user).get("/v2/company").body());

        assertThat(Json.at(me, "id")).isEqualTo(user.caller().userId().value());
        assertThat(Json.at(me, "email")).isEqualTo(user.email());
        assertThat(Json.at(me, "is_active")).isEqualTo(true);
        assertThat(Json.at(company, "is_active")).isEqualTo(true);
        assertThat(Json.at(company, "name")).asString().isNotBlank();
    }

    @Test
    void oneRateLimitAcrossV1AndV2AndV2Refuses429WithRetryAfter() {
        try (TestServer limited = TestServer.builder()
                .settings(settings -> settings.withRateLimit(RateLimit.harvestDefault())).start()) {
            TestUser user = limited.domain().newUser();
            for (int i = 0; i < 50; i++) {
                assertThat(limited.as(user).get("/contacts").status()).isEqualTo(200);
                assertThat(limited.v2(user).get("/v2/contacts").status()).isEqualTo(200);
            }

            Reply v2 = limited.v2(user).get("/v2/contacts");
            Reply v1 = limited.as(user).get("/contacts");

            assertThat(v2.status()).isEqualTo(429);
            assertThat(v2.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds))
                    .isBetween(1L, 15L));
            assertThat(Json.at(Json.parse(v2.body()), "message")).asString().startsWith("Rate limit exceeded");
            assertThat(v1.status()).as("v1 keeps its own status, 503").isEqualTo(503);
            assertThat(limited.v2(limited.domain().newUser()).get("/v2/contacts").status()).isEqualTo(200);
        }
    }
}
