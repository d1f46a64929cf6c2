package io.contacts.http.undertow.web;

/** Driving adapter vocabulary: what a route demands of a request before its action runs. */
public enum Access {
    /** Operations routes: no credentials, no format negotiation, no throttling. */
    OPEN,
    /** API routes: authenticated, negotiated, counted against the user's rate limit. */
    COUNTED,
    /** API routes that report on the rate limit: authenticated, but neither counted nor throttled. */
    UNCOUNTED
}
