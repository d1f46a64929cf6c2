package io.contacts.http.undertow.web;

import io.undertow.server.HttpServerExchange;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Driving adapter helper: one query parameter as Undertow parsed it, or every {@code name=value} pair of a
 * form-encoded body or raw query string in order, with form decoding ({@code +} is a space). Undertow's own map
 * is sorted by name and its form parser reads the request channel itself, so Rails parameters, whose later pair
 * wins whatever its spelling, and form bodies, which {@link BodyReceiver} reads, are split here.
 */
public final class QueryString {

    /** As XML's element limit, which a form body's pairs stand in for. */
    static final int MAX_PAIRS = 1_000;

    private QueryString() {
    }

    /**
     * The last value of the parameter, as Undertow decoded it while parsing the request line (a malformed escape,
     * or more than {@code UndertowOptions.MAX_PARAMETERS} pairs, is its 400 before any handler runs).
     */
    public static Optional<String> parameter(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null ? Optional.empty() : Optional.ofNullable(values.peekLast());
    }

    /**
     * Every pair, decoded, in order; a name without {@code =} has the value "". More than {@link #MAX_PAIRS} is a
     * 400: a form body of a megabyte could otherwise hold half a million of them, each kept until it is read.
     *
     * @param what what the text is, for the 400 a malformed escape gets ("query string", "form body")
     */
    public static List<Map.Entry<String, String>> pairs(String encoded, String what) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return pairs;
        }
        for (int start = 0, end; start <= encoded.length(); start = end + 1) {
            end = encoded.indexOf('&', start);
            end = end < 0 ? encoded.length() : end;
            if (end == start) {
                continue;
            }
            if (pairs.size() == MAX_PAIRS) {
                throw HttpProblem.badRequest("The " + what + " has more than " + MAX_PAIRS + " parameters");
            }
            String pair = encoded.substring(start, end);
            int equals = pair.indexOf('=');
            pairs.add(Map.entry(decode(equals < 0 ? pair : pair.substring(0, equals), what),
                    equals < 0 ? "" : decode(pair.substring(equals + 1), what)));
        }
        return pairs;
    }

    private static String decode(String text, String what) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("The " + what + " is malformed: a % must start an escape such as %2B");
        }
    }
}
