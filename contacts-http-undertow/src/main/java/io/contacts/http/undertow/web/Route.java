package io.contacts.http.undertow.web;

import java.util.function.Consumer;

/**
 * Driving adapter value: one method on one path template, e.g. {@code PUT /contacts/{id}}; a route that reads a
 * file ({@link Payload#FILE}) also says which Content-Types it reads, so that others are refused before the body.
 *
 * @param fileType throws a 415 {@link HttpProblem} for a Content-Type the route cannot read; accepts any by default
 */
public record Route<F extends WireFormat>(String method, String template, Access access, Payload payload,
                                          Consumer<String> fileType, Action<F> action) {
}
