package io.contacts.http.undertow;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/** Test value: one HTTP response as a client sees it. */
record Reply(int status, HttpHeaders headers, String body) {

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    List<String> headers(String name) {
        return headers.allValues(name);
    }

    String contentType() {
        return header("Content-Type").orElse("");
    }

    boolean isXml() {
        return contentType().startsWith("application/xml");
    }
}
