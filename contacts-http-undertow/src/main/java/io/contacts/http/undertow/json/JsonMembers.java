package io.contacts.http.undertow.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import io.contacts.http.undertow.representation.HttpProblem;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static io.contacts.http.undertow.json.JsonRepresentation.MAX_DEPTH;
import static io.contacts.http.undertow.json.JsonRepresentation.MAX_STRING_CHARS;

/**
 * Driving adapter JSON reading: the scalar members of a request body's resource object, by name — the JSON twin of
 * {@code XmlMembers}, read off Jackson's streaming parser.
 */
final class JsonMembers {

    /** As XML's element limit: every member read is kept until the body is done, so their number is bounded. */
    static final int MAX_MEMBERS = 1_000;

    private JsonMembers() {
    }

    /**
     * The scalar members of the object named {@code root}: a member sent as null maps to {@code null}, one not
     * sent is not in the map. Members of other names, and nested values of unknown members, are skipped; more than
     * {@link #MAX_MEMBERS} in the object is a 400.
     */
    static Map<String, String> read(JsonFactory factory, String body, String root) {
        try (JsonParser parser = factory.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw expected(root);
            }
            Map<String, String> sent = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (root.equals(name) && value == JsonToken.START_OBJECT) {
                    sent = scalarMembers(parser);
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw HttpProblem.badRequest("The request body has content after its JSON object");
            }
            if (sent == null) {
                throw expected(root);
            }
            return sent;
        } catch (StreamConstraintsException e) {
            throw HttpProblem.badRequest("The request body nests deeper than " + MAX_DEPTH
                    + " levels or has a value longer than " + MAX_STRING_CHARS + " characters");
        } catch (JsonProcessingException e) {
            // Jackson's own message names its classes and quotes the input: the client gets the position only.
            throw HttpProblem.badRequest("The request body is not well-formed JSON" + where(e.getLocation()));
        } catch (IOException e) {
            throw HttpProblem.badRequest("The request body could not be read");
        }
    }

    private static Map<String, String> scalarMembers(JsonParser parser) throws IOException {
        Map<String, String> sent = new HashMap<>();
        for (int members = 1; parser.nextToken() == JsonToken.FIELD_NAME; members++) {
            if (members > MAX_MEMBERS) {
                throw HttpProblem.badRequest("The request body has more than " + MAX_MEMBERS + " members");
            }
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                sent.put(name, null);
            } else if (value.isScalarValue()) {
                sent.put(name, parser.getText());
            } else {
                // Nested values belong to no field we read; skipping keeps clients that send extras working.
                parser.skipChildren();
                sent.remove(name);
            }
        }
        return sent;
    }

    private static HttpProblem expected(String root) {
        return HttpProblem.badRequest("Expected a JSON object with a \"" + root + "\" member holding an object");
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
