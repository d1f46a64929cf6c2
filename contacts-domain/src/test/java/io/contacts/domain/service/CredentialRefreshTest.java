package io.contacts.domain.service;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Caller;
import io.contacts.domain.model.SignInsBrakedException;
import io.contacts.domain.model.UserId;
import io.contacts.domain.testdata.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A cached credential serves for its whole time even when its early refresh cannot be made — the login braked by
 * {@link SignInBrake}, or the database away — and not a moment longer.
 */
class CredentialRefreshTest {

    private static final Caller ADA = new Caller(AccountId.of(1), UserId.of(1));

    private final MutableClock clock = MutableClock.at("2024-05-01T08:00:00Z");
    private final CredentialCache cache = new CredentialCache(Duration.ofSeconds(60), clock);

    @Test
    void aRefreshThatFailsLeavesTheEntryServingUntilItExpires() {
        assertThat(cache.resolve("ada", () -> Optional.of(ADA))).contains(ADA);
        clock.advance(Duration.ofSeconds(50)); // past the early refresh, within the time

        assertThat(cache.resolve("ada", CredentialRefreshTest::braked)).contains(ADA);

        clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> cache.resolve("ada", CredentialRefreshTest::braked))
                .isInstanceOf(SignInsBrakedException.class);
    }

    @Test
    void aRefreshThatSaysNoEndsTheEntryAtOnce() {
        cache.resolve("ada", () -> Optional.of(ADA));
        clock.advance(Duration.ofSeconds(50));

        assertThat(cache.resolve("ada", Optional::empty)).isEmpty();
        assertThatThrownBy(() -> cache.resolve("ada", CredentialRefreshTest::braked))
                .isInstanceOf(SignInsBrakedException.class);
    }

    private static Optional<Caller> braked() {
        throw new SignInsBrakedException(30);
    }
}
