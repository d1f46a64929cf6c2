package io.contacts.http.undertow.v2;

import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.QueryString;
import io.contacts.http.undertow.web.RequestBodies;
import io.contacts.http.undertow.web.WireValues;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Driving adapter mapping: what a v2 POST or PATCH sends — a JSON object, or form data of the same names
 * ({@code first_name=Jane&client_id=5}) — as the domain's inputs. A member not sent is absent (PATCH keeps it);
 * null or empty clears it; members v2 has and the domain does not keep ({@code currency}) and unknown ones are
 * ignored, as Harvest ignores what it does not know.
 */
final class V2Input {

    static final String ACCEPTED = "application/json or application/x-www-form-urlencoded";

    private V2Input() {
    }

    /** Whether a body of this media type is form data: JSON when none is declared, anything else is 415. */
    static boolean bodyType(String mediaType) {
        if (mediaType == null || mediaType.equals("application/json")) {
            return false;
        }
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            return true;
        }
        throw HttpProblem.unsupportedMediaType(ACCEPTED);
    }

    static ContactInput contact(ApiExchange<V2Json> request) {
        Map<String, String> sent = members(request);
        return new ContactInput(
                field(sent, "client_id", raw -> WireValues.integer(raw, "client_id")),
                field(sent, "first_name", WireValues::text),
                field(sent, "last_name", WireValues::text),
                field(sent, "email", WireValues::text),
                field(sent, "title", WireValues::text),
                field(sent, "phone_office", WireValues::text),
                field(sent, "phone_mobile", WireValues::text),
                field(sent, "fax", WireValues::text));
    }

    static ClientInput client(ApiExchange<V2Json> request) {
        Map<String, String> sent = members(request);
        return new ClientInput(
                field(sent, "name", WireValues::text),
                field(sent, "address", WireValues::text),
                field(sent, "is_active", raw -> WireValues.bool(raw, "is_active")));
    }

    private static Map<String, String> members(ApiExchange<V2Json> request) {
        byte[] body = request.body();
        if (body.length == 0) {
            return Map.of();
        }
        String text = RequestBodies.text(body);
        if (!bodyType(RequestBodies.mediaType(request.contentType()))) {
            return request.format().members(text);
        }
        Map<String, String> sent = new HashMap<>();
        for (Map.Entry<String, String> pair : QueryString.pairs(text.strip(), "form body")) {
            sent.put(pair.getKey(), pair.getValue());
        }
        return sent;
    }

    private static <T> Field<T> field(Map<String, String> sent, String name, Function<String, Field<T>> reader) {
        return sent.containsKey(name) ? reader.apply(sent.get(name)) : Field.absent();
    }
}
