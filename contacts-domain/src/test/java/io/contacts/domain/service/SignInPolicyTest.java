package io.contacts.domain.service;

import io.contacts.domain.model.SignInsBrakedException;
import io.contacts.domain.port.in.AuthenticateUseCase;
import io.contacts.domain.port.in.Credential;
import io.contacts.domain.port.in.SignInPolicy;
import io.contacts.domain.testdata.MutableClock;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestSecrets;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The sign-in policy as any embedder gets it through {@link AuthenticateUseCase}, whatever its transport: verified
 * credentials trusted for a while, failed passwords braked per login — on a hand-moved clock, counting the hashes.
 */
class SignInPolicyTest {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final Duration WINDOW = Duration.ofMinutes(5);

    private final AtomicInteger hashes = new AtomicInteger();
    private final TestDomain domain = TestDomain.inMemory(
            SignInPolicy.defaults().withCredentialTtl(TTL).withBrake(3, WINDOW), TestSecrets.counting(hashes));
    private final MutableClock clock = domain.clock();
    private final AuthenticateUseCase authenticate = domain.useCases().authenticate();
    private final TestUser user = domain.newUser();

    @Test
    void aVerifiedPasswordIsTrustedUntilItsTimeIsUpThenVerifiedAgain() {
        assertThat(signIn(user.password())).isTrue();
        int before = hashes.get();

        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn(user.password())).isTrue();
        assertThat(hashes.get()).as("trusted: not hashed again").isEqualTo(before);

        clock.advance(TTL);
        assertThat(signIn(user.password())).isTrue();
        assertThat(hashes.get()).as("time up: verified again").isEqualTo(before + 1);
    }

    @Test
    void aWrongPasswordIsVerifiedEveryTime() {
        signIn(user.password());
        int before = hashes.get();

        assertThat(signIn("wrong")).isFalse();
        assertThat(signIn("wrong")).isFalse();

        assertThat(hashes.get()).isEqualTo(before + 2);
    }

    @Test
    void afterTheLimitsFailuresEveryPasswordIsRefusedWithoutAHashUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("guess " + i)).isFalse();
            clock.advance(Duration.ofSeconds(10));
        }
        int before = hashes.get();

        SignInsBrakedException braked = catchThrowableOfType(SignInsBrakedException.class,
                () -> signIn(user.password()));

        assertThat(braked.retryAfterSeconds()).isEqualTo(WINDOW.toSeconds() - 30);
        assertThat(hashes.get()).as("braked before the slow hash").isEqualTo(before);
        clock.advance(Duration.ofSeconds(WINDOW.toSeconds() - 30));
        assertThat(signIn(user.password())).isTrue();
    }

    @Test
    void anUnknownLoginIsBrakedAlikeAndEveryOtherLoginIsNot() {
        TestUser bystander = domain.newUser();
        for (int i = 0; i < 3; i++) {
            authenticate.authenticate(new Credential.Password("Nobody@Example.com ", "guess " + i));
        }

        assertThat(catchThrowableOfType(SignInsBrakedException.class,
                () -> authenticate.authenticate(new Credential.Password("nobody@example.com", "x")))).isNotNull();
        assertThat(authenticate.authenticate(new Credential.Password(bystander.email(), bystander.password())))
                .contains(bystander.caller());
    }

    @Test
    void aCredentialVerifiedLatelyAndTheLoginsTokensAreNotBraked() {
        assertThat(signIn(user.password())).isTrue();
        for (int i = 0; i < 3; i++) {
            signIn("guess " + i);
        }

        assertThat(signIn(user.password())).as("verified a moment ago").isTrue();
        assertThat(authenticate.authenticate(new Credential.Token(user.token()))).contains(user.caller());
        clock.advance(TTL);
        assertThat(catchThrowableOfType(SignInsBrakedException.class, () -> signIn(user.password())))
                .as("once its time is up, braked like any other").isNotNull();
    }

    @Test
    void aSuccessClearsTheLoginsFailures() {
        signIn("guess 1");
        signIn("guess 2");
        assertThat(signIn(user.password())).isTrue();
        signIn("guess 3");
        signIn("guess 4");

        clock.advance(TTL);
        assertThat(signIn(user.password())).isTrue();
    }

    @Test
    void withoutTheBrakeAndTheTrustEveryPasswordIsHashed() {
        AtomicInteger counted = new AtomicInteger();
        TestDomain open = TestDomain.inMemory(SignInPolicy.defaults().withCredentialTtl(Duration.ZERO).withoutBrake(),
                TestSecrets.counting(counted));
        TestUser ada = open.newUser();
        AuthenticateUseCase plain = open.useCases().authenticate();
        for (int i = 0; i < 20; i++) {
            assertThat(plain.authenticate(new Credential.Password(ada.email(), "guess " + i))).isEmpty();
        }
        int before = counted.get();

        assertThat(plain.authenticate(new Credential.Password(ada.email(), ada.password()))).contains(ada.caller());
        assertThat(plain.authenticate(new Credential.Password(ada.email(), ada.password()))).contains(ada.caller());
        assertThat(counted.get()).isEqualTo(before + 2);
    }

    private boolean signIn(String password) {
        return authenticate.authenticate(new Credential.Password(user.email(), password)).isPresent();
    }
}
