package io.contacts.http.undertow.web;

import io.contacts.domain.model.UserId;

/** Driving adapter port: the rate limit every API's counted routes share — one budget per user, whatever the API. */
public interface Throttle {

    /**
     * Counts one request of the user, or refuses it when the user's budget is spent.
     *
     * @param refusedStatus the status of the refusal, which the calling API decides
     * @throws HttpProblem the refusal, with {@code Retry-After}
     */
    void acquire(UserId user, int refusedStatus);
}
