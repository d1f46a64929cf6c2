package io.contacts.http.undertow;

import io.contacts.domain.port.in.SignInPolicy;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestSecrets;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A login the domain brakes for its failed passwords, as HTTP answers it: the throttle's status (503, or 429 when
 * so configured) with {@code Retry-After} and the same message as the body; its token still signs in.
 */
class BrakedSignInTest {

    private static final SignInPolicy ONE_FAILURE_A_MINUTE = SignInPolicy.defaults()
            .withBrake(1, Duration.ofSeconds(60));

    @Test
    void aBrakedLoginGets503WithRetryAfterByDefault() {
        assertBraked(RateLimit.off(), 503);
    }

    @Test
    void aBrakedLoginGets429WhenTheThrottleAnswers429() {
        assertBraked(RateLimit.off().with429(), 429);
    }

    private static void assertBraked(RateLimit throttle, int status) {
        TestDomain domain = TestDomain.inMemory(ONE_FAILURE_A_MINUTE, TestSecrets.fast());
        try (TestServer server = TestServer.builder().domain(domain)
                .settings(settings -> settings.withRateLimit(throttle)).start()) {
            TestUser user = domain.newUser();
            assertThat(server.anonymous().basic(user.email(), "wrong").get("/contacts").status()).isEqualTo(401);
            domain.clock().advance(Duration.ofSeconds(15));

            Reply braked = server.as(user).get("/contacts");

            assertThat(braked.status()).isEqualTo(status);
            assertThat(braked.header("Retry-After")).contains("45");
            assertThat(XPath.value(braked.body(), "/hash/message"))
                    .isEqualTo("Too many failed sign-ins for this login; retry in 45 seconds");
            assertThat(server.anonymous().with("Authorization", "Bearer " + user.token()).get("/contacts").status())
                    .isEqualTo(200);
        }
    }
}
