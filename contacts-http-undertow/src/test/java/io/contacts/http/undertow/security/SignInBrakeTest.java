package io.contacts.http.undertow.security;

import io.contacts.domain.testdata.MutableClock;
import io.contacts.http.undertow.RateLimit;
import io.contacts.http.undertow.web.HttpProblem;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The brake on failed sign-ins, on a hand-moved clock: per login, a fixed window, cleared by a success. */
class SignInBrakeTest {

    private final MutableClock clock = MutableClock.at("2024-05-01T08:00:00Z");
    private final SignInBrake brake = new SignInBrake(RateLimit.perWindow(3, Duration.ofSeconds(60)), clock);

    @Test
    void theLimitsFailuresAreAllowedAndTheNextSignInIsRefusedUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            brake.check("ada@example.com");
            brake.failed("ada@example.com");
            clock.advance(Duration.ofSeconds(10));
        }

        HttpProblem refused = catchThrowableOfType(HttpProblem.class, () -> brake.check("ada@example.com"));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.headers()).containsEntry("Retry-After", "30");
        assertThat(refused.getMessage()).isEqualTo("Too many failed sign-ins for this login; retry in 30 seconds");

        clock.advance(Duration.ofSeconds(30));
        assertThatCode(() -> brake.check("ada@example.com")).doesNotThrowAnyException();
    }

    @Test
    void theLoginIsComparedWithoutCaseOrSurroundingSpace() {
        for (String login : new String[] {"Ada@Example.com", " ada@example.com", "ADA@EXAMPLE.COM"}) {
            brake.failed(login);
        }

        assertThat(catchThrowableOfType(HttpProblem.class, () -> brake.check("ada@example.com"))).isNotNull();
        assertThatCode(() -> brake.check("grace@example.com")).doesNotThrowAnyException();
    }

    @Test
    void aSuccessClearsTheCount() {
        brake.failed("ada@example.com");
        brake.failed("ada@example.com");
        brake.succeeded("ada@example.com");
        brake.failed("ada@example.com");
        brake.failed("ada@example.com");

        assertThatCode(() -> brake.check("ada@example.com")).doesNotThrowAnyException();
    }

    @Test
    void switchedOffItNeverRefuses() {
        SignInBrake off = new SignInBrake(RateLimit.off(), clock);
        for (int i = 0; i < 1_000; i++) {
            off.failed("ada@example.com");
        }

        assertThatCode(() -> off.check("ada@example.com")).doesNotThrowAnyException();
    }

    @Test
    void refusalsAnswerWithTheConfiguredStatus() {
        SignInBrake brake429 = new SignInBrake(RateLimit.perWindow(1, Duration.ofSeconds(60)).with429(), clock);
        brake429.failed("ada@example.com");

        assertThat(catchThrowableOfType(HttpProblem.class, () -> brake429.check("ada@example.com")).status())
                .isEqualTo(429);
    }
}
