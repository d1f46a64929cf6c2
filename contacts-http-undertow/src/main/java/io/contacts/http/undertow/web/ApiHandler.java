package io.contacts.http.undertow.web;

import io.contacts.domain.model.Caller;
import io.contacts.http.undertow.representation.Format;
import io.contacts.http.undertow.representation.Representation;
import io.contacts.http.undertow.security.Authenticator;
import io.contacts.http.undertow.security.RateLimiter;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Driving adapter: takes every request through the same gates, in order — route (404/405), format (406),
 * credentials (401), rate limit (503/429) — then runs the route's action; whatever fails on the way is answered
 * by {@link ErrorResponses}. Runs on a worker thread: credentials and actions may block.
 */
public final class ApiHandler implements HttpHandler {

    private final Router router;
    private final Map<Format, Representation> representations;
    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final BodyLimits bodies;

    public ApiHandler(Router router, Map<Format, Representation> representations, Authenticator authenticator,
                      RateLimiter rateLimiter, BodyLimits bodies) {
        this.router = router;
        this.representations = Map.copyOf(representations);
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.bodies = bodies;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String requestId = exchange.getAttachment(Attachments.REQUEST_ID);
        Optional<Format> accepted = Negotiation.responseFormat(joined(exchange.getRequestHeaders().get(Headers.ACCEPT)));
        RouteMatch match = router.match(exchange.getRequestMethod().toString(), exchange.getRequestPath());
        match.template().ifPresent(template -> exchange.putAttachment(Attachments.ROUTE, template));
        ApiExchange request = new ApiExchange(exchange, representations.get(accepted.orElse(Format.XML)),
                representations, bodies, match.ids());
        try {
            Route route = match.route().orElseThrow(() -> match.template().isPresent()
                    ? HttpProblem.methodNotAllowed(match.allow()) : HttpProblem.notFound());
            if (route.access() != Access.OPEN) {
                admit(exchange, request, route, accepted);
            }
            route.action().handle(request);
        } catch (Exception failure) {
            ErrorResponses.send(request, failure, requestId);
        }
    }

    private void admit(HttpServerExchange exchange, ApiExchange request, Route route, Optional<Format> accepted) {
        if (accepted.isEmpty()) {
            throw HttpProblem.notAcceptable();
        }
        HeaderValues authorization = exchange.getRequestHeaders().get(Headers.AUTHORIZATION);
        Caller caller = authenticator.authenticate(authorization == null ? List.of() : List.copyOf(authorization),
                QueryString.parameter(exchange.getQueryString(), "access_token"));
        exchange.putAttachment(Attachments.USER_ID, caller.userId().value());
        request.authenticated(caller);
        if (route.access() == Access.COUNTED) {
            rateLimiter.acquire(caller.userId());
        }
    }

    private static String joined(HeaderValues values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
