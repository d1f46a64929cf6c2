package io.contacts.http.undertow.v2;

import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.Router;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Driving adapter rule: a v2 list's filter parameters, each checked (422 for a bad one) and noted, as sent, for the
 * links to the list's other pages.
 */
final class Filters {

    private Filters() {
    }

    /** A parameter as sent, noted when present. */
    static Optional<String> sent(ApiExchange<?> request, String name, List<Map.Entry<String, String>> noted) {
        Optional<String> value = request.query(name);
        value.ifPresent(text -> noted.add(Map.entry(name, text)));
        return value;
    }

    /** An id: a positive whole number. */
    static OptionalLong id(ApiExchange<?> request, String name, List<Map.Entry<String, String>> noted) {
        Optional<String> text = sent(request, name, noted);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        long id = Router.positiveId(text.get());
        if (id < 1) {
            throw HttpProblem.of(422, name + " must be a positive whole number");
        }
        return OptionalLong.of(id);
    }

    /** A flag: {@code true} or {@code false}. */
    static Optional<Boolean> flag(ApiExchange<?> request, String name, List<Map.Entry<String, String>> noted) {
        return sent(request, name, noted).map(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw HttpProblem.of(422, name + " must be true or false");
        });
    }
}
