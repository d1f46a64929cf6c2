package io.contacts.http.undertow.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Driving adapter helper: reads a parameter from the raw query string with form decoding, so that the seed's
 * {@code updated_since=2010-09-25+18%3A30} reads as "2010-09-25 18:30" whatever the server decoded already.
 */
public final class QueryString {

    private QueryString() {
    }

    /** The last value of the parameter, decoded; a malformed escape is a 400. */
    public static Optional<String> parameter(String rawQuery, String name) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        String found = null;
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (key.equals(name)) {
                found = equals < 0 ? "" : decode(pair.substring(equals + 1));
            }
        }
        return Optional.ofNullable(found);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("The query string is malformed");
        }
    }
}
