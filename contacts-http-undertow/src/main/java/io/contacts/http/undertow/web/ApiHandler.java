package io.contacts.http.undertow.web;

import io.contacts.domain.model.Caller;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;

import org.xnio.XnioIoThread;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Driving adapter: takes every request through the same gates, in order — framing (400), route (404/405), format
 * (406), credentials (401), rate limit (503/429), and for a route that reads a body its media type (415) and
 * declared size (413) — before a byte of the body is read; then takes the body in without a worker
 * ({@link BodyReceiver}) and runs the route's action on one. Whatever fails on the way is answered by
 * {@link ErrorResponses}. What differs between the APIs — formats, credentials, media types — their
 * {@link Dialect} says.
 *
 * @param <F> the format the API answers in
 */
public final class ApiHandler<F extends WireFormat> implements HttpHandler {

    private final Router<F> router;
    private final Dialect<F> dialect;
    private final Throttle throttle;
    private final Budgets budgets;

    /** @param budgets the server's, shared with every other API it serves */
    public ApiHandler(Router<F> router, Dialect<F> dialect, Throttle throttle, Budgets budgets) {
        this.router = router;
        this.dialect = dialect;
        this.throttle = throttle;
        this.budgets = budgets;
    }

    /** On the I/O thread: credentials and actions may block, so the request goes to a worker at once. */
    @Override
    public void handleRequest(HttpServerExchange exchange) {
        exchange.dispatch(this::admit);
    }

    private void admit(HttpServerExchange exchange) {
        Optional<F> accepted = dialect.format(joined(exchange.getRequestHeaders().get(Headers.ACCEPT)));
        RouteMatch<F> match = router.match(exchange.getRequestMethod().toString(), exchange.getRequestPath());
        match.template().ifPresent(template -> exchange.putAttachment(Attachments.ROUTE, template));
        ApiExchange<F> request = new ApiExchange<>(exchange, accepted.orElseGet(dialect::fallback), budgets.lists(),
                budgets.streams(), match.ids());
        try {
            RequestFraming.check(exchange);
            Route<F> route = match.route().orElseThrow(() -> match.template().isPresent()
                    ? HttpProblem.methodNotAllowed(match.allow()) : HttpProblem.notFound());
            if (route.access() != Access.OPEN) {
                authenticate(exchange, request, route, accepted);
            }
            if (route.payload() != Payload.NONE) {
                receive(exchange, request, route);
            } else {
                run(request, route);
            }
        } catch (Exception failure) {
            fail(request, failure);
        }
    }

    private void authenticate(HttpServerExchange exchange, ApiExchange<F> request, Route<F> route,
                              Optional<F> accepted) {
        if (accepted.isEmpty()) {
            throw dialect.notAcceptable();
        }
        Caller caller = dialect.authenticate(exchange);
        exchange.putAttachment(Attachments.USER_ID, caller.userId().value());
        request.authenticated(caller);
        if (route.access() == Access.COUNTED) {
            throttle.acquire(caller.userId(), dialect.throttledStatus());
        }
    }

    /**
     * Refuses what can be refused unread, then takes the body in; the action runs once it is whole. A request with
     * no body at all runs at once, whatever its Content-Type: it may send its members in the query string.
     */
    private void receive(HttpServerExchange exchange, ApiExchange<F> request, Route<F> route) {
        if (exchange.isRequestComplete()) {
            request.received(RequestBody.EMPTY);
            run(request, route);
            return;
        }
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (route.payload() == Payload.DOCUMENT) {
            dialect.checkBodyType(contentType);
        } else {
            route.fileType().accept(contentType);
        }
        BodyLimits limits = budgets.limits(route.payload());
        if (exchange.getRequestContentLength() > limits.drainLimit()) {
            exchange.setPersistent(false);
            throw HttpProblem.payloadTooLarge(limits.maxBytes());
        }
        BodyReceiver.start(exchange, limits, budgets, new BodyReceiver.Outcome() {
            @Override
            public void received(RequestBody body) {
                // A file's action reads it whole before it returns (none waits for a list place), so it can go.
                try (body) {
                    request.received(body);
                    run(request, route);
                }
            }

            @Override
            public void refused(HttpProblem problem) {
                fail(request, problem);
            }
        });
    }

    /** Runs the action; a stream's place is given back however it ends. */
    private static <F extends WireFormat> void run(ApiExchange<F> request, Route<F> route) {
        try {
            route.action().handle(request);
        } catch (ListBudget.Full full) {
            runAgainShortly(request, route, full.retryMillis());
        } catch (Exception failure) {
            fail(request, failure);
        } finally {
            request.release();
        }
    }

    /**
     * A list that found no place tries again a little later, on the I/O thread's timer: no worker waits. The timer
     * is set from the I/O thread itself: XNIO's selector loop does not wake for a timer another thread sets while it
     * is about to block, and the list would then wait until the next network event, perhaps for ever.
     */
    private static <F extends WireFormat> void runAgainShortly(ApiExchange<F> request, Route<F> route, long millis) {
        HttpServerExchange exchange = request.exchange();
        XnioIoThread ioThread = exchange.getIoThread();
        exchange.dispatch(ioThread, () -> ioThread.executeAfter(
                () -> exchange.dispatch(again -> run(request, route)), millis, TimeUnit.MILLISECONDS));
    }

    private static void fail(ApiExchange<?> request, Exception failure) {
        ErrorResponses.send(request, failure, request.exchange().getAttachment(Attachments.REQUEST_ID));
    }

    private static String joined(HeaderValues values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
