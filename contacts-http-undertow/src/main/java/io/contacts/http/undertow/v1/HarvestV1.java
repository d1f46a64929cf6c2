package io.contacts.http.undertow.v1;

import io.contacts.domain.model.Caller;
import io.contacts.http.undertow.security.Authenticator;
import io.contacts.http.undertow.v1.representation.Format;
import io.contacts.http.undertow.v1.representation.Representation;
import io.contacts.http.undertow.web.Dialect;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.QueryString;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Driving adapter: Harvest v1's side of the shared pipeline — XML unless {@code Accept} asks for JSON, Basic
 * credentials or a personal access token, XML, JSON or form bodies, and the configured throttle status (503 as
 * Harvest v1 answered, or 429).
 */
public final class HarvestV1 implements Dialect<Representation> {

    private final Map<Format, Representation> representations;
    private final Authenticator authenticator;
    private final int throttledStatus;

    public HarvestV1(Map<Format, Representation> representations, Authenticator authenticator,
                     int throttledStatus) {
        this.representations = Map.copyOf(representations);
        this.authenticator = authenticator;
        this.throttledStatus = throttledStatus;
    }

    @Override
    public Optional<Representation> format(String accept) {
        return Negotiation.responseFormat(accept).map(representations::get);
    }

    @Override
    public Representation fallback() {
        return representations.get(Format.XML);
    }

    @Override
    public HttpProblem notAcceptable() {
        return HttpProblem.notAcceptable("application/xml or application/json");
    }

    @Override
    public Caller authenticate(HttpServerExchange exchange) {
        HeaderValues authorization = exchange.getRequestHeaders().get(Headers.AUTHORIZATION);
        return authenticator.authenticate(authorization == null ? List.of() : List.copyOf(authorization),
                QueryString.parameter(exchange, "access_token"));
    }

    @Override
    public void checkBodyType(String contentType) {
        BodyType.of(contentType);
    }

    @Override
    public int throttledStatus() {
        return throttledStatus;
    }
}
