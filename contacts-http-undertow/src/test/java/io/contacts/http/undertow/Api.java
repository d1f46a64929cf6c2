package io.contacts.http.undertow;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test client: java.net.http against the running server. Every XML response it receives is checked against
 * the published XSD, and every response against leaking internals (stack traces, class names, SQL).
 */
final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final TestServer server;
    private final Map<String, String> headers;

    Api(TestServer server) {
        this(server, Map.of());
    }

    private Api(TestServer server, Map<String, String> headers) {
        this.server = server;
        this.headers = headers;
    }

    /** The same client with one more request header (or a header replaced). */
    Api with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Api(server, copy);
    }

    Api without(String name) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.remove(name);
        return new Api(server, copy);
    }

    Api basic(String email, String password) {
        return with("Authorization", Fixtures.basic(email, password));
    }

    /** Asks for and sends JSON. */
    Api json() {
        return with("Accept", "application/json").with("Content-Type", "application/json");
    }

    /** Sends XML with the standard content type (the default reply format is XML anyway). */
    Api xml() {
        return with("Content-Type", "application/xml");
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    Reply post(String path, String body) {
        return send("POST", path, body);
    }

    Reply put(String path, String body) {
        return send("PUT", path, body);
    }

    Reply patch(String path, String body) {
        return send("PATCH", path, body);
    }

    Reply send(String method, String path, String body) {
        return sendBytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    Reply sendBytes(String method, String path, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        boolean sendsBody = body != null;
        headers.forEach((name, value) -> {
            if (sendsBody || !name.equals("Content-Type")) {
                request.header(name, value);
            }
        });
        if (sendsBody && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/xml");
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Reply reply = new Reply(response.statusCode(), response.headers(), response.body());
            check(reply);
            return reply;
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** What holds for every response: valid documents, and nothing of the inside shown. */
    static void check(Reply reply) {
        assertThat(reply.header("X-Request-Id")).as("X-Request-Id").isPresent();
        Leaks.assertNone(reply.body());
        if (reply.isXml() && !reply.body().isEmpty()) {
            assertThat(reply.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            Xsd.assertValid(reply.body());
        }
    }
}
