package io.contacts.http.undertow.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Driving adapter helper: reads {@code name=value} pairs with form decoding ({@code +} is a space), from the raw
 * query string — so that the seed's {@code updated_since=2010-09-25+18%3A30} reads as "2010-09-25 18:30" whatever
 * the server decoded already — or from a form-encoded body, which is written the same way.
 */
public final class QueryString {

    /** As XML's element limit, which a form body's pairs stand in for. */
    static final int MAX_PAIRS = 1_000;

    private QueryString() {
    }

    /** The last value of the parameter, decoded; a malformed escape is a 400. */
    public static Optional<String> parameter(String rawQuery, String name) {
        String found = null;
        for (Map.Entry<String, String> pair : pairs(rawQuery, "query string")) {
            if (pair.getKey().equals(name)) {
                found = pair.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Every pair, decoded, in order; a name without {@code =} has the value "". More than {@link #MAX_PAIRS} is a
     * 400: a form body of a megabyte could otherwise hold half a million of them, each kept until it is read.
     *
     * @param what what the text is, for the 400 a malformed escape gets ("query string", "form body")
     */
    static List<Map.Entry<String, String>> pairs(String encoded, String what) {
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
