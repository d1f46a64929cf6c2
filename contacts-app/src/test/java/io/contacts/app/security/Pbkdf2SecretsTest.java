package io.contacts.app.security;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Password hashes and tokens on the JDK's providers, readable in the stored format the service has always written. */
class Pbkdf2SecretsTest {

    /** Written by the service's earlier, hand-made PBKDF2 at the test cost; such rows are in every running store. */
    private static final String STORED_AT_1000 =
            "pbkdf2-sha256$1000$AO+4NdXl/Tjw+oOTaqOWxQ$7e3wXokleB6BHmgiWz+7VGm/okIyI/BwPs0izN1s+Qg";
    /** The same, at the production cost, of a password beyond ASCII (hashed as UTF-8). */
    private static final String STORED_AT_600000 =
            "pbkdf2-sha256$600000$WWfmdZPnvrH7ZuqNmyQXyQ$PaW6AcuISvFPCv89DDmLFg3U7WlbFcq+cVJ5FkgAOgI";

    private final Pbkdf2Secrets secrets = new Pbkdf2Secrets(1_000);

    @Test
    void hashesStoredBeforeStillVerify() {
        assertThat(secrets.verifyPassword("correct horse battery staple", STORED_AT_1000)).isTrue();
        assertThat(secrets.verifyPassword("correct horse battery stapl", STORED_AT_1000)).isFalse();
        assertThat(secrets.verifyPassword("Tr0ub4dor&3 ünïcødé", STORED_AT_600000)).isTrue();
        assertThat(secrets.verifyPassword("Tr0ub4dor&3 unicode", STORED_AT_600000)).isFalse();
    }

    @Test
    void aNewHashIsWrittenInTheStoredFormat() {
        String hash = new Pbkdf2Secrets(2_000).hashPassword("correct horse");

        String[] parts = hash.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("2000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(parts[2] + parts[3]).doesNotContain("=");
        assertThat(secrets.verifyPassword("correct horse", hash)).isTrue();
        assertThat(secrets.verifyPassword("correct hors", hash)).isFalse();
        assertThat(secrets.verifyPassword("", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        assertThat(secrets.hashPassword("same")).isNotEqualTo(secrets.hashPassword("same"));
    }

    @Test
    void aMalformedOrForeignHashVerifiesNothing() {
        for (String hash : new String[] {"", "plain", "pbkdf2-sha256$x$y$z", "pbkdf2-sha256$99999999999$AA$AA",
                "bcrypt$10$abc$def", "pbkdf2-sha256$1000$%%%$AA", "pbkdf2-sha256$1000$$AA",
                "pbkdf2-sha256$0$AO+4NdXl/Tjw+oOTaqOWxQ$7e3wXokleB6BHmgiWz+7VGm/okIyI/BwPs0izN1s+Qg"}) {
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
    void aTokenDigestIsTheOneStoredBefore() {
        assertThat(secrets.digestToken("token-1"))
                .isEqualTo("3f08aace122ee2368432c1ca23a049bc640bafbf00fdf33a52429f38ba12dbf9");
    }

    @Test
    void anAbsurdCostIsRefused() {
        assertThatThrownBy(() -> new Pbkdf2Secrets(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pbkdf2Secrets(10_000_001)).isInstanceOf(IllegalArgumentException.class);
    }
}
