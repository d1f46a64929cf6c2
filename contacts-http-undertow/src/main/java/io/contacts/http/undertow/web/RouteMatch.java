package io.contacts.http.undertow.web;

import java.util.List;
import java.util.Optional;

/**
 * Driving adapter value: what the router found for a request — the route and the ids in its path; or only
 * the template when the method is wrong (405 with {@code allow}); or nothing (404).
 */
public record RouteMatch<F extends WireFormat>(Optional<Route<F>> route, Optional<String> template, List<Long> ids,
                                               String allow) {

    static <F extends WireFormat> RouteMatch<F> none() {
        return new RouteMatch<>(Optional.empty(), Optional.empty(), List.of(), "");
    }
}
