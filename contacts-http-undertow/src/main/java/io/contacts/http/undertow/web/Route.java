package io.contacts.http.undertow.web;

/** Driving adapter value: one method on one path template, e.g. {@code PUT /contacts/{id}}. */
public record Route<F extends WireFormat>(String method, String template, Access access, Payload payload,
                                          Action<F> action) {
}
