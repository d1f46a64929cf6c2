package io.contacts.http.undertow.v2;

import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.QueryString;
import io.contacts.http.undertow.web.RequestBodies;
import io.contacts.http.undertow.web.WireValues;

import java.util.HashMap;
import java.util.Map;

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
    static boolean isForm(String mediaType) {
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
                WireValues.member(sent, "client_id", raw -> WireValues.integer(raw, "client_id")),
                WireValues.member(sent, "first_name", WireValues::text),
                WireValues.member(sent, "last_name", WireValues::text),
                WireValues.member(sent, "email", WireValues::text),
                WireValues.member(sent, "title", WireValues::text),
                WireValues.member(sent, "phone_office", WireValues::text),
                WireValues.member(sent, "phone_mobile", WireValues::text),
                WireValues.member(sent, "fax", WireValues::text));
    }

    static ClientInput client(ApiExchange<V2Json> request) {
        Map<String, String> sent = members(request);
        return new ClientInput(
                WireValues.member(sent, "name", WireValues::text),
                WireValues.member(sent, "address", WireValues::text),
                WireValues.member(sent, "is_active", raw -> WireValues.bool(raw, "is_active")));
    }

    private static Map<String, String> members(ApiExchange<V2Json> request) {
        byte[] body = request.body();
        if (body.length == 0) {
            return Map.of();
        }
        String text = RequestBodies.text(body);
        if (!isForm(RequestBodies.mediaType(request.contentType()))) {
            return request.format().members(text);
        }
        Map<String, String> sent = new HashMap<>();
        for (Map.Entry<String, String> pair : QueryString.pairs(text.strip(), "form body")) {
            sent.put(pair.getKey(), pair.getValue());
        }
        return sent;
    }
}
