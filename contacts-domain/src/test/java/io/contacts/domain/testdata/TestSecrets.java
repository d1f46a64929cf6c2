package io.contacts.domain.testdata;

import io.contacts.domain.crypto.Pbkdf2Secrets;
import io.contacts.domain.port.out.Secrets;

/** The real hashing, at a cost tests can afford a thousand times over. */
public final class TestSecrets {

    private static final int CHEAP_ITERATIONS = 1_000;

    private TestSecrets() {
    }

    public static Secrets fast() {
        return new Pbkdf2Secrets(CHEAP_ITERATIONS);
    }
}
