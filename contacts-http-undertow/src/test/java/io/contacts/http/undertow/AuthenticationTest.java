package io.contacts.http.undertow;

import io.contacts.domain.port.in.SignInPolicy;
import io.contacts.domain.testdata.MutableClock;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestSecrets;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials: HTTP Basic with e-mail and password, personal access tokens as Bearer or {@code access_token};
 * anything else is a 401 with the Basic challenge. Verified credentials are cached briefly, by their digest.
 */
class AuthenticationTest {

    private static final Duration TTL = Duration.ofSeconds(60);

    private static TestServer server;
    private static TestDomain domain;
    /** Passwords checked against a stored hash: the slow work the domain's trust in a verified credential saves. */
    private static final AtomicInteger DOMAIN_CHECKS = new AtomicInteger();
    private static MutableClock clock;

    @BeforeAll
    static void start() {
        domain = TestDomain.inMemory(SignInPolicy.defaults().withCredentialTtl(TTL),
                TestSecrets.counting(DOMAIN_CHECKS));
        clock = domain.clock();
        server = TestServer.builder().domain(domain).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertUnauthorized(Reply reply) {
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).contains("Basic realm=\"Contacts\"");
        assertThat(reply.body()).contains("Authentication failed for API request.");
    }

    @Test
    void basicAuthWithEmailAndPassword() {
        TestUser user = domain.newUser();

        assertThat(server.anonymous().basic(user.email(), user.password()).get("/contacts").status()).isEqualTo(200);
        assertThat(server.anonymous().basic(user.email().toUpperCase(), user.password()).get("/contacts").status())
                .isEqualTo(200);
    }

    @Test
    void aBearerToken() {
        TestUser user = domain.newUser();

        Reply reply = server.anonymous().with("Authorization", "Bearer " + user.token()).get("/contacts");

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void anAccessTokenParameter() {
        TestUser user = domain.newUser();

        Reply reply = server.anonymous().json().get("/contacts?access_token=" + user.token());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("[]");
    }

    @Test
    void noCredentialsAtAll() {
        assertUnauthorized(server.anonymous().get("/contacts"));
        assertUnauthorized(server.anonymous().post("/contacts", "<contact/>"));
        Reply json = server.anonymous().json().get("/clients");
        assertUnauthorized(json);
        assertThat(Json.parse(json.body())).isEqualTo(Json.parse("{\"message\":\"Authentication failed for API request.\"}"));
    }

    @Test
    void aWrongPasswordOrAnUnknownUser() {
        TestUser user = domain.newUser();

        assertUnauthorized(server.anonymous().basic(user.email(), "wrong").get("/contacts"));
        assertUnauthorized(server.anonymous().basic("nobody@example.com", user.password()).get("/contacts"));
        assertUnauthorized(server.anonymous().with("Authorization", "Bearer wrong-token").get("/contacts"));
        assertUnauthorized(server.anonymous().get("/contacts?access_token=wrong-token"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic", "Basic ", "Basic !!!notbase64", "Basic bm9jb2xvbg==", "Basic OnBhc3N3b3Jk",
            "Basic ()", "Basic (!!!)", "Basic ====", "Basic Y", "Basic (bm9jb2xvbg)", "Basic (OnBhc3N3b3Jk)",
            "Basic (dXNlcjo)", "Bearer", "Bearer   ", "Digest username=\"x\"", "Token abc", "garbage"})
    void malformedCredentials(String authorization) {
        assertUnauthorized(server.anonymous().with("Authorization", authorization).get("/contacts"));
    }

    @Test
    void anOverlongTokenIsRefused() {
        assertUnauthorized(server.anonymous().with("Authorization", "Bearer " + "t".repeat(5_000)).get("/contacts"));
    }

    @Test
    void twoAuthorizationHeadersAreRefused() {
        TestUser user = domain.newUser();
        String response = RawHttp.exchange(server.port(), "GET /contacts HTTP/1.1\r\nAuthorization: "
                + Fixtures.basic(user.email(), user.password())
                + "\r\nAuthorization: Bearer " + user.token(), new byte[0]);

        assertThat(RawHttp.status(response)).isEqualTo(401);
    }

    @Test
    void aVerifiedPasswordIsNotHashedAgainWhileCached() {
        TestUser user = domain.newUser();
        Api api = server.as(user);
        api.get("/contacts");
        int before = DOMAIN_CHECKS.get();

        api.get("/contacts");
        api.get("/clients");

        assertThat(DOMAIN_CHECKS.get()).isEqualTo(before);
    }

    @Test
    void aWrongPasswordNeverHitsTheCache() {
        TestUser user = domain.newUser();
        server.as(user).get("/contacts");
        int before = DOMAIN_CHECKS.get();

        assertUnauthorized(server.anonymous().basic(user.email(), user.password() + "x").get("/contacts"));
        assertUnauthorized(server.anonymous().basic(user.email(), user.password().substring(1)).get("/contacts"));

        assertThat(DOMAIN_CHECKS.get()).isEqualTo(before + 2);
    }

    @Test
    void aCachedCredentialIsCheckedAgainOnceItsTimeIsUp() {
        TestUser user = domain.newUser();
        server.as(user).get("/contacts");
        int before = DOMAIN_CHECKS.get();

        clock.advance(TTL.plusSeconds(1));
        Reply reply = server.as(user).get("/contacts");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(DOMAIN_CHECKS.get()).isEqualTo(before + 1);
    }

    @Test
    void operationsRoutesNeedNoCredentials() {
        assertThat(server.anonymous().get("/health").status()).isEqualTo(200);
        assertThat(server.anonymous().get("/ready").status()).isEqualTo(200);
        assertThat(server.anonymous().get("/metrics").status()).isEqualTo(200);
    }
}
