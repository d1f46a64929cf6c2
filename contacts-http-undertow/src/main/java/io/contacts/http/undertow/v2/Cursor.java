package io.contacts.http.undertow.v2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.contacts.domain.model.PageRequest;
import io.contacts.http.undertow.web.HttpProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Driving adapter rule: v2's opaque pagination cursor — URL-safe base64, unpadded, of {@code {"after":{"id":N}}}
 * as Harvest writes it, to which this service adds the list's count when the walk began,
 * {@code {"after":{"id":N},"total":T}}: the page it names holds the entries created before entry N, the last of
 * the page before, and is read without counting the list again. A cursor without the count is counted; anything
 * else is refused with a 422.
 */
final class Cursor {

    /** Far longer than any cursor this writes; a longer one is refused unread. */
    private static final int MAX_CHARS = 128;
    private static final JsonFactory JSON = new JsonFactory();

    private Cursor() {
    }

    static String after(long id, long total) {
        String json = "{\"after\":{\"id\":" + id + "},\"total\":" + total + "}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The page a cursor names, of {@code size} entries. */
    static PageRequest page(String cursor, int size) {
        if (cursor.length() > MAX_CHARS) {
            throw invalid();
        }
        try (JsonParser json = JSON.createParser(Base64.getUrlDecoder().decode(cursor))) {
            expect(json, JsonToken.START_OBJECT, null);
            expect(json, JsonToken.FIELD_NAME, "after");
            expect(json, JsonToken.START_OBJECT, null);
            expect(json, JsonToken.FIELD_NAME, "id");
            long id = number(json);
            expect(json, JsonToken.END_OBJECT, null);
            JsonToken next = json.nextToken();
            PageRequest page = PageRequest.following(id, size);
            if (next == JsonToken.FIELD_NAME && "total".equals(json.currentName())) {
                page = PageRequest.following(id, size, number(json));
                next = json.nextToken();
            }
            if (next != JsonToken.END_OBJECT || json.nextToken() != null) {
                throw invalid();
            }
            return page;
        } catch (IOException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static long number(JsonParser json) throws IOException {
        expect(json, JsonToken.VALUE_NUMBER_INT, null);
        return json.getLongValue();
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
