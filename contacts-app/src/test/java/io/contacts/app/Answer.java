package io.contacts.app;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Test support: one answer of the service and the request it answered, as {@link OpenApiContract} checks it.
 *
 * @param path    the request's path as sent (still percent-encoded), without the query
 * @param headers the response's headers, by name in any case
 */
record Answer(String method, String path, int status, Map<String, List<String>> headers, String body) {

    Answer {
        TreeMap<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        headers = byName;
    }

    static Answer of(HttpRequest request, HttpResponse<String> response) {
        return new Answer(request.method(), request.uri().getRawPath(), response.statusCode(),
                response.headers().map(), response.body());
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).filter(values -> !values.isEmpty()).map(values -> values.get(0));
    }

    /** The media type of the body, without its parameters; empty when none was sent. */
    Optional<String> mediaType() {
        return header("Content-Type").map(type -> type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status + " " + headers + "\n" + body;
    }
}
