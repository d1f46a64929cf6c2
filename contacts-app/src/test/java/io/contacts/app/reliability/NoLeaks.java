package io.contacts.app.reliability;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test rule: what no answer to bad input may carry — traces of the implementation (stack traces, exception,
 * class and package names, SQL, the database or libraries behind the service) or anything it was tricked
 * into reading.
 */
final class NoLeaks {

    /** Looked for case-insensitively. */
    private static final List<String> FORBIDDEN = List.of("exception", "\tat ", "caused by", "java.", "javax.",
            "jakarta.", "org.", "com.", "io.undertow", "io.contacts", "sql", "select ", "insert ", "jdbc",
            "postgres", "h2 ", "hikari", "jooq", "flyway", "jackson", "jaxb", "xnio", "stack", "/tmp/", "root:");

    private NoLeaks() {
    }

    static void assertClean(String body, String... alsoForbidden) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String forbidden : FORBIDDEN) {
            assertThat(lower).as("an answer leaking internals: %s", body).doesNotContain(forbidden);
        }
        for (String forbidden : alsoForbidden) {
            assertThat(body).as("an answer leaking what it was asked to read").doesNotContain(forbidden);
        }
    }
}
