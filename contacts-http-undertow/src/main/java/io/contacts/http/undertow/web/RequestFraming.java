package io.contacts.http.undertow.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;

/**
 * Driving adapter guard: where a request ends must be beyond doubt. Undertow reads a {@code Content-Length} of 20
 * digits with an overflow ({@code 2^64} as 0, {@code 2^64+37} as 37), so the bytes of a body could be taken for
 * the next request — which a proxy in front would not do. Any length that is not a plain decimal below
 * {@code 2^63} is refused, and the connection closed before another byte of it is read.
 */
final class RequestFraming {

    private RequestFraming() {
    }

    static void check(HttpServerExchange exchange) {
        HeaderValues lengths = exchange.getRequestHeaders().get(Headers.CONTENT_LENGTH);
        if (lengths == null) {
            return;
        }
        for (String length : lengths) {
            if (!plainLong(length)) {
                exchange.setPersistent(false);
                throw HttpProblem.badRequest("Content-Length must be a whole number of bytes below 2^63");
            }
        }
    }

    /** ASCII digits only (no sign, no space), and within a long: what RFC 9112 allows and a long can hold. */
    private static boolean plainLong(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException tooLong) {
            return false;
        }
    }
}
