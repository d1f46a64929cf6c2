package io.contacts.http.undertow.v2;

import io.contacts.domain.model.Caller;
import io.contacts.http.undertow.security.Authenticator;
import io.contacts.http.undertow.web.Dialect;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.QueryString;
import io.contacts.http.undertow.web.RequestBodies;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Driving adapter: Harvest v2's side of the shared pipeline — JSON whatever {@code Accept} says, a personal access
 * token ({@code Authorization: Bearer} or {@code access_token}) together with the account it is used for
 * ({@code Harvest-Account-Id} or {@code account_id}), a {@code User-Agent} on every request, JSON or form bodies,
 * and 429 when throttled. Whatever is wrong with the credentials — a token of another account included — is the
 * same 401, as v2 answers a missing account id.
 */
final class HarvestV2 implements Dialect<V2Json> {

    private static final HttpString ACCOUNT_ID = new HttpString("Harvest-Account-Id");
    private static final String REALM = "Bearer realm=\"Contacts\", error=\"invalid_token\", error_description=\""
            + V2Json.INVALID_TOKEN + "\"";

    private final V2Json json;
    private final Authenticator authenticator;

    HarvestV2(V2Json json, Authenticator authenticator) {
        this.json = json;
        this.authenticator = authenticator;
    }

    @Override
    public Optional<V2Json> format(String accept) {
        return Optional.of(json);
    }

    @Override
    public V2Json fallback() {
        return json;
    }

    @Override
    public HttpProblem notAcceptable() {
        return HttpProblem.notAcceptable("application/json");
    }

    @Override
    public Caller authenticate(HttpServerExchange exchange) {
        String agent = exchange.getRequestHeaders().getFirst(Headers.USER_AGENT);
        if (agent == null || agent.isBlank()) {
            throw HttpProblem.badRequest("Send a User-Agent header naming your application and a link or an e-mail"
                    + " address, such as \"MyApp (yourname@example.com)\"");
        }
        HeaderValues authorization = exchange.getRequestHeaders().get(Headers.AUTHORIZATION);
        List<String> sent = authorization == null ? List.of() : List.copyOf(authorization);
        if (sent.stream().anyMatch(header -> !header.strip().toLowerCase(Locale.ROOT).startsWith("bearer "))) {
            // Basic credentials are Harvest v1's; v2 knows tokens only.
            throw unauthorized();
        }
        Optional<String> account = Optional.ofNullable(exchange.getRequestHeaders().getFirst(ACCOUNT_ID))
                .or(() -> QueryString.parameter(exchange, "account_id")).map(String::strip);
        try {
            Caller caller = authenticator.authenticate(sent, QueryString.parameter(exchange, "access_token"));
            if (account.isEmpty() || !account.get().equals(Long.toString(caller.accountId().value()))) {
                throw unauthorized();
            }
            return caller;
        } catch (HttpProblem problem) {
            throw problem.status() == 401 ? unauthorized() : problem;
        }
    }

    @Override
    public void checkBodyType(String contentType) {
        V2Input.isForm(RequestBodies.mediaType(contentType));
    }

    @Override
    public int throttledStatus() {
        return 429;
    }

    /** v2's 401: {@code invalid_token}, whatever was wrong with the credential. */
    static HttpProblem unauthorized() {
        return HttpProblem.of(401, V2Json.INVALID_TOKEN, Map.of("WWW-Authenticate", REALM));
    }
}
