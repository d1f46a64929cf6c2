package io.contacts.http.undertow;

import io.contacts.http.undertow.web.Attachments;
import io.contacts.http.undertow.web.RequestIds;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Driving adapter: the outermost handler — gives each request its id ({@code X-Request-Id}, echoed or made),
 * and when the exchange completes writes one access-log line and records the request timer. The log has the
 * path without its query string (which may hold an access token) and never a header's value.
 */
final class ObservedHandler implements HttpHandler {

    static final String ACCESS_LOGGER = ContactsHttpServer.ACCESS_LOG;
    static final String TIMER = "http.server.requests";

    private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOGGER);
    private static final HttpString REQUEST_ID = new HttpString("X-Request-Id");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final int MAX_LOGGED_PATH = 256;
    /** The MDC keys of an access line: what a structured log shows as fields. */
    static final List<String> ACCESS_FIELDS = List.of("request_id", "method", "path", "status", "duration_ms", "user");

    private final HttpHandler next;
    private final MeterRegistry registry;
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    ObservedHandler(HttpHandler next, MeterRegistry registry) {
        this.next = next;
        this.registry = registry;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        long start = System.nanoTime();
        String requestId = RequestIds.acceptOrGenerate(exchange.getRequestHeaders().getFirst(REQUEST_ID));
        exchange.putAttachment(Attachments.REQUEST_ID, requestId);
        exchange.getResponseHeaders().put(REQUEST_ID, requestId);
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            try {
                completed(done, System.nanoTime() - start);
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }

    private void completed(HttpServerExchange exchange, long nanos) {
        int status = exchange.getStatusCode();
        String method = exchange.getRequestMethod().toString();
        String route = exchange.getAttachment(Attachments.ROUTE);
        // Tags take the route template, never the path: ids in paths would make a meter per contact.
        TimerKey key = new TimerKey(METHODS.contains(method) ? method : "OTHER",
                route != null ? route : status == 404 ? "NOT_FOUND" : "UNKNOWN", status);
        timers.computeIfAbsent(key, this::timer).record(nanos, TimeUnit.NANOSECONDS);
        if (ACCESS.isInfoEnabled()) {
            accessLine(exchange, method, status, millis(nanos));
        }
    }

    /**
     * The access line, its parts also in the MDC ({@link #ACCESS_FIELDS}) for a structured log (JSON) to carry as
     * fields of their own; removed again at once, as the completing thread goes on to other requests.
     */
    private static void accessLine(HttpServerExchange exchange, String method, int status, String millis) {
        Long user = exchange.getAttachment(Attachments.USER_ID);
        String requestId = exchange.getAttachment(Attachments.REQUEST_ID);
        String path = printable(exchange.getRequestPath());
        MDC.put("request_id", requestId);
        MDC.put("method", printable(method));
        MDC.put("path", path);
        MDC.put("status", Integer.toString(status));
        MDC.put("duration_ms", millis);
        if (user != null) {
            MDC.put("user", user.toString());
        }
        try {
            // Built here rather than from a "{}" pattern: Logback's argument formatting was a third of the line's cost.
            ACCESS.info(new StringBuilder(128).append(printable(method)).append(' ').append(path).append(' ')
                    .append(status).append(' ').append(millis).append("ms request_id=").append(requestId)
                    .append(" user=").append(user == null ? "-" : user).toString());
        } finally {
            for (String field : ACCESS_FIELDS) {
                MDC.remove(field);
            }
        }
    }

    /** Registered once per method, route and status: building and looking up a meter costs more than recording. */
    private Timer timer(TimerKey key) {
        return Timer.builder(TIMER)
                .description("HTTP requests served, by method, route template and status")
                .tag("method", key.method())
                .tag("uri", key.uri())
                .tag("status", Integer.toString(key.status()))
                .register(registry);
    }

    /** Milliseconds with one decimal, rounded half up, without a {@code Formatter} per request. */
    static String millis(long nanos) {
        long tenths = (nanos + 50_000) / 100_000;
        return (tenths / 10) + "." + (tenths % 10);
    }

    /** Control characters escaped and the length capped, so that a path cannot forge or flood log lines. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LOGGED_PATH) + 8);
        for (int i = 0; i < text.length() && out.length() < MAX_LOGGED_PATH; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= MAX_LOGGED_PATH) {
            out.append("...");
        }
        return out.toString();
    }

    /** The tags of one request timer; few and bounded (known methods, route templates, status codes). */
    private record TimerKey(String method, String uri, int status) {
    }
}
