package io.contacts.http.undertow;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Test rule: what no response body may ever contain — traces of the implementation a client must not see. */
final class Leaks {

    private static final List<String> FORBIDDEN = List.of("Exception", "\tat ", "at io.", "java.", "javax.",
            "jakarta.", "org.", "com.fasterxml", "io.undertow", "io.contacts", "SQL", "select ", "Caused by");

    private Leaks() {
    }

    static void assertNone(String body) {
        for (String forbidden : FORBIDDEN) {
            assertThat(body).as("a response body leaking internals").doesNotContain(forbidden);
        }
    }
}
