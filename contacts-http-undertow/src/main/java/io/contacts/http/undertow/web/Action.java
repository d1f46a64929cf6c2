package io.contacts.http.undertow.web;

/** Driving adapter port: what a route does with an accepted request. */
@FunctionalInterface
public interface Action {

    void handle(ApiExchange request) throws Exception;
}
