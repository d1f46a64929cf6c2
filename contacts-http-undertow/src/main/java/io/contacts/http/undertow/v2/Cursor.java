package io.contacts.http.undertow.v2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.contacts.http.undertow.web.HttpProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Driving adapter rule: v2's opaque pagination cursor — URL-safe base64, unpadded, of {@code {"after":{"id":N}}},
 * as Harvest writes it: the page it names holds the entries created before entry N, the last of the page before.
 * Anything else is refused with a 422.
 */
final class Cursor {

    /** Far longer than any cursor this writes; a longer one is refused unread. */
    private static final int MAX_CHARS = 128;
    private static final JsonFactory JSON = new JsonFactory();

    private Cursor() {
    }

    static String after(long id) {
        String json = "{\"after\":{\"id\":" + id + "}}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The id a cursor of {@link #after} names. */
    static long idAfter(String cursor) {
        if (cursor.length() > MAX_CHARS) {
            throw invalid();
        }
        try (JsonParser json = JSON.createParser(Base64.getUrlDecoder().decode(cursor))) {
            expect(json, JsonToken.START_OBJECT, null);
            expect(json, JsonToken.FIELD_NAME, "after");
            expect(json, JsonToken.START_OBJECT, null);
            expect(json, JsonToken.FIELD_NAME, "id");
            expect(json, JsonToken.VALUE_NUMBER_INT, null);
            long id = json.getLongValue();
            expect(json, JsonToken.END_OBJECT, null);
            expect(json, JsonToken.END_OBJECT, null);
            if (json.nextToken() != null || id < 1) {
                throw invalid();
            }
            return id;
        } catch (IOException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static void expect(JsonParser json, JsonToken token, String name) throws IOException {
        if (json.nextToken() != token || name != null && !name.equals(json.currentName())) {
            throw invalid();
        }
    }

    private static HttpProblem invalid() {
        return HttpProblem.of(422, "The cursor is not one this service gave: follow the links of a list's pages");
    }
}
