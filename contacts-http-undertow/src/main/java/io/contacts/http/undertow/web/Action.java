package io.contacts.http.undertow.web;

/**
 * Driving adapter port: what a route does with an accepted request.
 *
 * @param <F> the format its API answers in
 */
@FunctionalInterface
public interface Action<F extends WireFormat> {

    void handle(ApiExchange<F> request) throws Exception;
}
