package io.contacts.http.undertow.web;

import io.contacts.domain.model.Caller;
import io.undertow.server.HttpServerExchange;

import java.util.Optional;

/**
 * Driving adapter port: what one API (Harvest v1, v2) decides for itself while a request goes through the shared
 * gates of {@link ApiHandler} — the format of its answers, how a caller proves who it is, which bodies it reads,
 * and how a throttled request is refused.
 *
 * @param <F> the format the API's routes write their answers in
 */
public interface Dialect<F extends WireFormat> {

    /** The format of the answers to a request with this {@code Accept} (may be {@code null}); empty for a 406. */
    Optional<F> format(String accept);

    /** The format of an answer when {@code Accept} allowed none: the 406 itself, and what failed before it. */
    F fallback();

    /** The refusal of a request whose {@code Accept} allows no format of this API. */
    HttpProblem notAcceptable();

    /** The caller the request's credentials prove, or an {@link HttpProblem} (401, 403, 400). */
    Caller authenticate(HttpServerExchange exchange);

    /** Refuses, before a byte of it is read, a body of a media type this API does not read (415). */
    void checkBodyType(String contentType);

    /** The status of a request refused by the rate limit: 429, or 503 as Harvest v1 answered. */
    int throttledStatus();
}
