package io.contacts.http.undertow.web;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Caller;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Driving adapter: one accepted request as a route's action sees it — the caller, the ids in the path, the
 * parameters and body, and the ways to answer. Hides Undertow from the actions. A body is written through a
 * {@link ResponseBody}, so that a late failure can still be answered properly and no worker waits for a slow
 * reader; a request whose body was not read to its end has its connection closed after the answer, rather than
 * waiting for the rest of a body no one will read.
 *
 * @param <F> the format its API answers in
 */
public final class ApiExchange<F extends WireFormat> {

    private static final HttpString REQUEST_ID = new HttpString("X-Request-Id");

    private final HttpServerExchange exchange;
    private final F format;
    private final ListBudget lists;
    private final StreamBudget streams;
    private final List<Long> ids;
    private Caller caller;
    private RequestBody body;
    private ResponseBody response;
    private ListBudget.Wait listWait;

    ApiExchange(HttpServerExchange exchange, F format, ListBudget lists, StreamBudget streams, List<Long> ids) {
        this.exchange = exchange;
        this.format = format;
        this.lists = lists;
        this.streams = streams;
        this.ids = ids;
    }

    void authenticated(Caller value) {
        this.caller = value;
    }

    /** The body taken in before the action runs; empty when none was sent. */
    void received(RequestBody value) {
        this.body = value;
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

    /** The format the answer takes, as negotiated. */
    public F format() {
        return format;
    }

    public Optional<String> query(String name) {
        return QueryString.parameter(exchange, name);
    }

    /** All values of a request header joined as one list, or {@code null} when not sent. */
    public String header(HttpString name) {
        HeaderValues values = exchange.getRequestHeaders().get(name);
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    /**
     * A place in the list budget, held while a list reads rows: close it once the answer is handed over. When none
     * is free the action stops here, to be run again shortly ({@link ApiHandler}), for up to
     * {@link ListBudget#WAIT_MILLIS}.
     *
     * @throws HttpProblem 503 when none was free for that long
     */
    public ListBudget.Place listPlace() {
        if (listWait == null) {
            listWait = new ListBudget.Wait();
        }
        return lists.acquire(listWait);
    }

    /** The document taken in before the action ran ({@link Payload#DOCUMENT}): empty when none was sent. */
    public byte[] body() {
        return received().bytes();
    }

    /**
     * The file taken in before the action ran ({@link Payload#FILE}), read once: from memory, or from a temporary
     * file deleted once the action has returned. Empty when none was sent.
     */
    public InputStream file() {
        return received().stream();
    }

    private RequestBody received() {
        if (body == null) {
            throw new IllegalStateException("this route takes no body");
        }
        return body;
    }

    /** The request's Content-Type, or {@code null}. */
    public String contentType() {
        return exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    }

    /** Where the request was sent: its scheme, host and port, as the client named them ({@code Host}). */
    public String origin() {
        return exchange.getRequestScheme() + "://" + exchange.getHostAndPort();
    }

    /** The query string as sent, still percent-encoded; empty when there is none. */
    public String rawQuery() {
        return exchange.getQueryString();
    }

    public void responseHeader(String name, String value) {
        exchange.getResponseHeaders().put(new HttpString(name), value);
    }

    /** Answers with a body in the negotiated format. */
    public void send(int status, BodyWriter writer) throws IOException {
        send(status, format.contentType(), writer);
    }

    /** Answers with a body of another type than the negotiated format's (an export), streamed all the same. */
    public void send(int status, String contentType, BodyWriter writer) throws IOException {
        start(status, contentType);
        // The body differs with Accept: caches must keep one copy per format.
        exchange.getResponseHeaders().put(Headers.VARY, "Accept");
        Long user = caller == null ? null : caller.userId().value();
        response = new ResponseBody(exchange, () -> streams.acquire(user));
        writer.write(response);
        response.finish();
    }

    /** Answers with a text body of the given type, whole in memory already (operations routes). */
    public void sendText(int status, String contentType, String text) {
        start(status, contentType);
        ResponseBody.onIoThread(exchange, () -> exchange.getResponseSender().send(text, StandardCharsets.UTF_8));
    }

    /** Answers with no body at all (200 after DELETE, 304). */
    public void sendEmpty(int status) {
        exchange.setStatusCode(status);
        closeIfBodyUnread();
        if (status != 304) {
            exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, 0);
        }
        ResponseBody.onIoThread(exchange, exchange::endExchange);
    }

    private void start(int status, String contentType) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        closeIfBodyUnread();
    }

    private void closeIfBodyUnread() {
        if (!exchange.isRequestComplete()) {
            exchange.setPersistent(false);
        }
        if (!exchange.isPersistent()) {
            exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
        }
    }

    /** Whether part of the response already left, so that a failure can only cut the connection. */
    boolean committed() {
        return exchange.isResponseStarted() || response != null && response.committed();
    }

    /** Whether the whole response was handed to Undertow, so that nothing is left to answer. */
    boolean handedOver() {
        return exchange.isResponseComplete() || response != null && response.handedOver();
    }

    /** Forgets a response begun but not sent, keeping the request id, so that an error can be sent instead. */
    void reset() {
        release();
        response = null;
        String requestId = exchange.getResponseHeaders().getFirst(REQUEST_ID);
        exchange.getResponseHeaders().clear();
        if (requestId != null) {
            exchange.getResponseHeaders().put(REQUEST_ID, requestId);
        }
    }

    /** Gives back what the response held (a stream's place), whatever became of it. */
    void release() {
        if (response != null) {
            response.discard();
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
