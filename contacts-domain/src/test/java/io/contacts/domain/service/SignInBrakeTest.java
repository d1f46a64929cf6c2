package io.contacts.domain.service;

import io.contacts.domain.model.SignInsBrakedException;
import io.contacts.domain.port.in.SignInPolicy;
import io.contacts.domain.port.out.Tallies;
import io.contacts.domain.testdata.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The brake on failed sign-ins, on a hand-moved clock: per login, a fixed window, cleared by a success. */
class SignInBrakeTest {

    private final MutableClock clock = MutableClock.at("2024-05-01T08:00:00Z");
    private final SignInBrake brake = new SignInBrake(SignInPolicy.defaults().withBrake(3, Duration.ofSeconds(60)),
            clock, Tallies.inMemory(clock));

    @Test
    void theLimitsFailuresAreAllowedAndTheNextSignInIsRefusedUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            brake.check("ada@example.com");
            brake.failed("ada@example.com");
            clock.advance(Duration.ofSeconds(10));
        }

        SignInsBrakedException refused = catchThrowableOfType(SignInsBrakedException.class,
                () -> brake.check("ada@example.com"));
        assertThat(refused.retryAfterSeconds()).isEqualTo(30);
        assertThat(refused.getMessage()).isEqualTo("Too many failed sign-ins for this login; retry in 30 seconds");

        clock.advance(Duration.ofSeconds(30));
        assertThatCode(() -> brake.check("ada@example.com")).doesNotThrowAnyException();
    }

    @Test
    void theLoginIsComparedWithoutCaseOrSurroundingSpace() {
        for (String login : new String[] {"Ada@Example.com", " ada@example.com", "ADA@EXAMPLE.COM"}) {
            brake.failed(login);
        }

        assertThat(catchThrowableOfType(SignInsBrakedException.class, () -> brake.check("ada@example.com")))
                .isNotNull();
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
        SignInBrake off = new SignInBrake(SignInPolicy.defaults().withoutBrake(), clock, Tallies.inMemory(clock));
        for (int i = 0; i < 1_000; i++) {
            off.failed("ada@example.com");
        }

        assertThatCode(() -> off.check("ada@example.com")).doesNotThrowAnyException();
    }
}
