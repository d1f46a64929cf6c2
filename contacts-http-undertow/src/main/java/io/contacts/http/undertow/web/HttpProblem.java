package io.contacts.http.undertow.web;

import java.util.Map;

/**
 * Driving adapter outcome: a request the transport refuses before or instead of calling a use case, with the
 * status, the message the client reads and any header the status calls for. Expected, so it has no stack trace.
 */
public final class HttpProblem extends RuntimeException {

    private final int status;
    private final Map<String, String> headers;

    private HttpProblem(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public static HttpProblem of(int status, String message) {
        return new HttpProblem(status, message, Map.of());
    }

    /** A refusal whose status calls for headers, such as a 401's {@code WWW-Authenticate}. */
    public static HttpProblem of(int status, String message, Map<String, String> headers) {
        return new HttpProblem(status, message, headers);
    }

    public static HttpProblem badRequest(String message) {
        return of(400, message);
    }

    public static HttpProblem unauthorized() {
        return new HttpProblem(401, "Authentication failed for API request.",
                Map.of("WWW-Authenticate", "Basic realm=\"Contacts\""));
    }

    public static HttpProblem notFound() {
        return of(404, "Not found");
    }

    public static HttpProblem methodNotAllowed(String allow) {
        return new HttpProblem(405, "Method not allowed; this resource allows " + allow, Map.of("Allow", allow));
    }

    /** @param available the media types the API answers in, as a sentence names them */
    public static HttpProblem notAcceptable(String available) {
        return of(406, "Not acceptable: this resource is available as " + available);
    }

    public static HttpProblem preconditionFailed(String message) {
        return of(412, message);
    }

    public static HttpProblem payloadTooLarge(int maxBytes) {
        return of(413, "Request body too large: at most " + maxBytes + " bytes are accepted");
    }

    /** @param accepted the media types the API reads, as a sentence names them */
    public static HttpProblem unsupportedMediaType(String accepted) {
        return of(415, "Unsupported media type: send " + accepted + ", in UTF-8");
    }

    public static HttpProblem throttled(int status, long retryAfterSeconds, int maxCalls, long windowSeconds) {
        return new HttpProblem(status, "Rate limit exceeded: at most " + maxCalls + " requests in " + windowSeconds
                + " seconds; retry in " + retryAfterSeconds + " seconds",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** The service cannot take this request now, but will soon: 503 with {@code Retry-After}. */
    public static HttpProblem unavailable(String message, long retryAfterSeconds) {
        return new HttpProblem(503, message, Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** A login with too many failed sign-ins (see {@code SignInBrake}); says nothing of whether the login exists. */
    public static HttpProblem signInsBraked(int status, long retryAfterSeconds) {
        return new HttpProblem(status, "Too many failed sign-ins for this login; retry in " + retryAfterSeconds
                + " seconds", Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
