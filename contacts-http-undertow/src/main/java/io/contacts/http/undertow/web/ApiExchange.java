package io.contacts.http.undertow.web;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Caller;
import io.contacts.http.undertow.representation.Format;
import io.contacts.http.undertow.representation.Representation;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Driving adapter: one accepted request as a route's action sees it — the caller, the ids in the path, the
 * parameters and body, and the ways to answer. Hides Undertow from the actions, and makes sure a body is
 * written through a {@link ResponseBuffer} so that a late failure can still be answered properly.
 */
public final class ApiExchange {

    private static final HttpString REQUEST_ID = new HttpString("X-Request-Id");

    private final HttpServerExchange exchange;
    private final Representation representation;
    private final Map<Format, Representation> readers;
    private final BodyLimits bodies;
    private final List<Long> ids;
    private Caller caller;
    private ResponseBuffer body;

    public ApiExchange(HttpServerExchange exchange, Representation representation,
                       Map<Format, Representation> readers, BodyLimits bodies, List<Long> ids) {
        this.exchange = exchange;
        this.representation = representation;
        this.readers = readers;
        this.bodies = bodies;
        this.ids = ids;
    }

    void authenticated(Caller value) {
        this.caller = value;
    }

    public Caller caller() {
        if (caller == null) {
            throw new IllegalStateException("this route is not authenticated");
        }
        return caller;
    }

    public AccountId account() {
        return caller().accountId();
    }

    /** The n-th id in the path, e.g. 9 for {@code /contacts/9}. */
    public long id(int index) {
        return ids.get(index);
    }

    public Representation representation() {
        return representation;
    }

    public Optional<String> query(String name) {
        return QueryString.parameter(exchange.getQueryString(), name);
    }

    /** All values of a request header joined as one list, or {@code null} when not sent. */
    public String header(HttpString name) {
        HeaderValues values = exchange.getRequestHeaders().get(name);
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    /** Reads the request body in its own format: 415, 413, 408 and 400 come from here. */
    public <T> T body(BiFunction<Representation, byte[], T> reader) throws IOException {
        Format format = RequestBodies.format(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE));
        byte[] bytes = RequestBodies.read(exchange, bodies);
        return reader.apply(readers.get(format), bytes);
    }

    public void responseHeader(String name, String value) {
        exchange.getResponseHeaders().put(new HttpString(name), value);
    }

    /** Answers with a body in the negotiated format. */
    public void send(int status, BodyWriter writer) throws IOException {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, representation.format().contentType());
        // The body differs with Accept: caches must keep one copy per format.
        exchange.getResponseHeaders().put(Headers.VARY, "Accept");
        writeBody(writer);
    }

    /** Answers with a text body of the given type (operations routes). */
    public void sendText(int status, String contentType, String text) throws IOException {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        writeBody(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Answers with no body at all (200 after DELETE, 304). */
    public void sendEmpty(int status) {
        exchange.setStatusCode(status);
        if (status != 304) {
            exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, 0);
        }
        exchange.endExchange();
    }

    private void writeBody(BodyWriter writer) throws IOException {
        body = new ResponseBuffer(exchange.getOutputStream());
        writer.write(body);
        body.finish();
    }

    /** Whether part of the response already left, so that a failure can only cut the connection. */
    boolean committed() {
        return exchange.isResponseStarted() || body != null && body.committed();
    }

    /** Forgets a response begun but not sent, keeping the request id, so that an error can be sent instead. */
    void reset() {
        if (body != null) {
            body.discard();
            body = null;
        }
        String requestId = exchange.getResponseHeaders().getFirst(REQUEST_ID);
        String connection = exchange.getResponseHeaders().getFirst(Headers.CONNECTION);
        exchange.getResponseHeaders().clear();
        if (requestId != null) {
            exchange.getResponseHeaders().put(REQUEST_ID, requestId);
        }
        if (connection != null) {
            exchange.getResponseHeaders().put(Headers.CONNECTION, connection);
        }
    }

    HttpServerExchange exchange() {
        return exchange;
    }

    /** Writes a response body. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }
}
