package io.contacts.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** A test client of the running service: one identity, XML unless told otherwise. */
final class ApiClient {

    static final String XML = "application/xml";
    static final String JSON = "application/json";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final Optional<String> authorization;

    private ApiClient(int port, Optional<String> authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    static ApiClient basic(int port, String email, String password) {
        String pair = email + ":" + password;
        return new ApiClient(port, Optional.of("Basic "
                + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
    }

    static ApiClient bearer(int port, String token) {
        return new ApiClient(port, Optional.of("Bearer " + token));
    }

    static ApiClient anonymous(int port) {
        return new ApiClient(port, Optional.empty());
    }

    HttpResponse<String> get(String path) {
        return send(request(path, XML).GET());
    }

    HttpResponse<String> get(String path, String accept) {
        return send(request(path, accept).GET());
    }

    HttpResponse<String> post(String path, String xml) {
        return send(withBody(request(path, XML), "POST", xml, XML));
    }

    HttpResponse<String> post(String path, String body, String type) {
        return send(withBody(request(path, type), "POST", body, type));
    }

    HttpResponse<String> put(String path, String xml) {
        return send(withBody(request(path, XML), "PUT", xml, XML));
    }

    HttpResponse<String> delete(String path) {
        return send(request(path, XML).DELETE());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder request(String path, String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Accept", accept);
        authorization.ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder builder, String method, String body,
                                                String type) {
        return builder.header("Content-Type", type + "; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the service", e);
        }
    }
}
