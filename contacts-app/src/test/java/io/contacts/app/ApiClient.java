package io.contacts.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A test client of the running service: one identity, XML unless told otherwise. Every answer it receives is held
 * to the v1 API's OpenAPI description ({@link OpenApiContract}) before the test sees it.
 */
public final class ApiClient {

    public static final String XML = "application/xml";
    public static final String JSON = "application/json";
    /** Generous: a guard against a hung server on a loaded machine, not a measure of speed. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final int port;
    private final Optional<String> authorization;
    private final Map<String, String> headers;

    private ApiClient(int port, Optional<String> authorization, Map<String, String> headers) {
        this.port = port;
        this.authorization = authorization;
        this.headers = Map.copyOf(headers);
    }

    public static ApiClient basic(int port, String email, String password) {
        return new ApiClient(port, Optional.of(basicAuthorization(email, password)), Map.of());
    }

    public static ApiClient bearer(int port, String token) {
        return new ApiClient(port, Optional.of("Bearer " + token), Map.of());
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, Optional.empty(), Map.of());
    }

    /** A client sending this exact {@code Authorization} header, however malformed. */
    public static ApiClient authorization(int port, String authorization) {
        return new ApiClient(port, Optional.of(authorization), Map.of());
    }

    /** The {@code Authorization} value HTTP Basic makes of an e-mail and a password. */
    public static String basicAuthorization(String email, String password) {
        String pair = email + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** The same identity, sending one more header on every request (e.g. {@code If-Match}). */
    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(port, authorization, more);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path, XML).GET());
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(request(path, accept).GET());
    }

    public HttpResponse<String> post(String path, String xml) {
        return send(withBody(request(path, XML), "POST", xml, XML));
    }

    public HttpResponse<String> post(String path, String body, String type) {
        return send(withBody(request(path, type), "POST", body, type));
    }

    public HttpResponse<String> put(String path, String xml) {
        return send(withBody(request(path, XML), "PUT", xml, XML));
    }

    public HttpResponse<String> put(String path, String body, String type) {
        return send(withBody(request(path, type), "PUT", body, type));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path, XML).DELETE());
    }

    /**
     * Any method with a body of raw bytes (which need not be valid in any way), sent as {@code contentType};
     * the answer is asked for in the same format.
     */
    public HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        return send(request(path, contentType).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts a file of {@code type} (an import's vCard or CSV), the answer asked for as {@code accept}. */
    public HttpResponse<String> upload(String path, String body, String type, String accept) {
        return send(withBody(request(path, accept), "POST", body, type));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder request(String path, String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(PATIENCE).header("Accept", accept);
        authorization.ifPresent(value -> builder.header("Authorization", value));
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder builder, String method, String body,
                                                String type) {
        return builder.header("Content-Type", type + "; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = HTTP.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            OpenApiContract.assertConforms(Answer.of(request, response));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the service", e);
        }
    }
}
