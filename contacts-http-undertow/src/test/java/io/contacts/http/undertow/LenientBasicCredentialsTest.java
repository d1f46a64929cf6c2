package io.contacts.http.undertow;

import io.contacts.domain.model.Account;
import io.contacts.domain.port.in.CreateUserCommand;
import io.contacts.domain.port.in.SignInPolicy;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestSecrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic credentials in the forms Harvest v1's Rails server read with Ruby's {@code Base64.decode64}: characters
 * outside the alphabet skipped, padding optional. A lenient form is the same credential: the same cache entry, and
 * its failures count against the same login.
 */
class LenientBasicCredentialsTest {

    private static final String PASSWORD = "Secret-4711-xyz";
    /** {@code ada@example.com:Secret-4711-xyz}, which base64 pads with two '='. */
    private static final String ADA = "YWRhQGV4YW1wbGUuY29tOlNlY3JldC00NzExLXh5eg==";
    private static final SignInPolicy SIGN_IN_LIMIT = SignInPolicy.defaults().withBrake(3, Duration.ofMinutes(5));
    /** Passwords checked against a stored hash. */
    private static final AtomicInteger DOMAIN_CHECKS = new AtomicInteger();

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder()
                .domain(TestDomain.inMemory(SIGN_IN_LIMIT, TestSecrets.counting(DOMAIN_CHECKS)))
                .start();
        for (String email : new String[] {"admin@example.com", "ada@example.com", "grace@example.com"}) {
            signUp(server.domain(), email);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theTokenInParenthesesThatAV1ClientSendsSignsIn() {
        Api client = server.anonymous().with("Authorization", "Basic (YWRtaW5AZXhhbXBsZS5jb206U2VjcmV0LTQ3MTEteHl6)");

        Reply xml = client.get("/account/who_am_i");
        Reply json = client.json().get("/account/who_am_i");

        assertThat(xml.status()).isEqualTo(200);
        assertThat(XPath.value(xml.body(), "/hash/user/email")).isEqualTo("admin@example.com");
        assertThat(json.status()).isEqualTo(200);
        assertThat(Json.at(Json.parse(json.body()), "user", "email")).isEqualTo("admin@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"YWRhQGV4YW1wbGUuY29tOlNlY3JldC00NzExLXh5eg",
        "YWRhQGV4YW1wbGUuY29tOlNlY3JldC00NzExLXh5eg=", "(YWRhQGV4YW1wbGUuY29tOlNlY3JldC00NzExLXh5eg==)",
        "(YWRhQGV4YW1wbGUuY29tOlNlY3JldC00NzExLXh5eg)", "\"YWRhQGV4YW1wbGUuY29tOlNlY3JldC00NzExLXh5eg==\"",
        "YWRhQGV4YW1wbGUu Y29tOlNlY3JldC00 NzExLXh5eg==", "YWRh=QGV4YW1wbGUuY29tOlNlY3JldC00NzExLXh5eg==",
        "YWRhQGV4YW1wbGUuY29tOlNlY3JldC00NzExLXh5eg==garbage"})
    void lenientFormsOfTheSameCredentialSignIn(String token) {
        Reply reply = server.anonymous().with("Authorization", "Basic " + token).get("/account/who_am_i");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(XPath.value(reply.body(), "/hash/user/email")).isEqualTo("ada@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n ", "\r\n\t"})
    void aTokenFoldedOverTwoHeaderLinesSignsIn(String fold) {
        String response = RawHttp.exchange(server.port(), "GET /account/who_am_i HTTP/1.1\r\nAuthorization: Basic "
                + ADA.substring(0, 20) + fold + ADA.substring(20), new byte[0]);

        assertThat(RawHttp.status(response)).isEqualTo(200);
        assertThat(XPath.value(RawHttp.body(response), "/hash/user/email")).isEqualTo("ada@example.com");
    }

    @Test
    void anEqualsSignInsideAGroupEndsTheTokenAsInRuby() {
        Reply reply = server.anonymous().with("Authorization", "Basic YWR=hQGV4YW1wbGUuY29tOlNlY3JldC00NzExLXh5eg==")
                .get("/contacts");

        assertThat(reply.status()).as("decodes to 'ad', no colon").isEqualTo(401);
    }

    @Test
    void aLenientFormOfAVerifiedCredentialUsesTheSameCacheEntry() {
        server.anonymous().basic("ada@example.com", PASSWORD).get("/contacts");
        int before = DOMAIN_CHECKS.get();

        Reply parenthesised = server.anonymous().with("Authorization", "Basic (" + ADA + ")").get("/contacts");
        Reply unpadded = server.anonymous().with("Authorization", "Basic " + ADA.replace("=", "")).get("/contacts");

        assertThat(parenthesised.status()).isEqualTo(200);
        assertThat(unpadded.status()).isEqualTo(200);
        assertThat(DOMAIN_CHECKS.get()).as("no second slow check").isEqualTo(before);
    }

    @Test
    void aWrongPasswordInALenientFormIs401AndCountsAgainstTheLogin() {
        // As many failures as the limit allows: grace@example.com with guess-1, guess-22 and guess-333, each
        // in another lenient form; had any counted against another login, the right password would pass.
        for (String wrong : new String[] {"(Z3JhY2VAZXhhbXBsZS5jb206Z3Vlc3MtMQ)", "Z3JhY2VAZXhhbXBsZS5jb206Z3Vlc3MtMjI",
            "Z3JhY2VAZXhh bXBsZS5jb206Z3Vlc3MtMzMz"}) {
            Reply reply = server.anonymous().with("Authorization", "Basic " + wrong).get("/contacts");
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).contains("Basic realm=\"Contacts\"");
        }

        Reply rightPassword = server.anonymous().basic("grace@example.com", PASSWORD).get("/contacts");

        assertThat(rightPassword.status()).isEqualTo(503);
        assertThat(rightPassword.header("Retry-After")).isPresent();
        assertThat(XPath.value(rightPassword.body(), "/hash/message")).startsWith("Too many failed sign-ins");
    }

    private static void signUp(TestDomain domain, String email) {
        UseCases useCases = domain.useCases();
        Account account = useCases.createAccount().createAccount("Company of " + email);
        useCases.createUser().createUser(new CreateUserCommand(account.id(), email, "Test", "User", PASSWORD));
    }
}
