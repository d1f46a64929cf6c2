package io.contacts.domain.crypto;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Password hashes and tokens made with the JDK alone. */
class Pbkdf2SecretsTest {

    private final Pbkdf2Secrets secrets = new Pbkdf2Secrets(1_000);

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String hash = secrets.hashPassword("correct horse");

        assertThat(secrets.verifyPassword("correct horse", hash)).isTrue();
        assertThat(secrets.verifyPassword("correct hors", hash)).isFalse();
        assertThat(secrets.verifyPassword("", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        assertThat(secrets.hashPassword("same")).isNotEqualTo(secrets.hashPassword("same"));
    }

    @Test
    void aHashMadeAtAnotherCostStillVerifies() {
        String cheaper = new Pbkdf2Secrets(10).hashPassword("pw");

        assertThat(cheaper).startsWith("pbkdf2-sha256$10$");
        assertThat(secrets.verifyPassword("pw", cheaper)).isTrue();
    }

    @Test
    void aMalformedOrForeignHashVerifiesNothing() {
        for (String hash : new String[] {"", "plain", "pbkdf2-sha256$x$y$z", "pbkdf2-sha256$99999999999$AA$AA",
                "bcrypt$10$abc$def", "pbkdf2-sha256$1000$%%%$AA"}) {
            assertThat(secrets.verifyPassword("pw", hash)).as(hash).isFalse();
        }
    }

    @Test
    void tokensAreRandomAndUrlSafeAndTheirDigestsStable() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(secrets.newToken());
        }

        assertThat(tokens).hasSize(100).allSatisfy(token -> assertThat(token).matches("[A-Za-z0-9_-]{43}"));
        String token = tokens.iterator().next();
        assertThat(secrets.digestToken(token)).isEqualTo(secrets.digestToken(token)).matches("[0-9a-f]{64}")
                .doesNotContain(token);
    }

    @Test
    void anAbsurdCostIsRefused() {
        assertThatThrownBy(() -> new Pbkdf2Secrets(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
