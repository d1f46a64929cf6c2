package io.contacts.http.undertow.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Driving adapter JSON reading, hardened, for every API: the scalar members of a request body's resource object, by
 * name — the JSON twin of v1's {@code XmlMembers}, read off Jackson's streaming parser from a factory whose limits
 * (depth, string, number, name and document length) hold for every request.
 */
public final class JsonMembers {

    static final int MAX_DEPTH = 32;
    static final int MAX_STRING_CHARS = 64 * 1024;

    /** As XML's element limit: every member read is kept until the body is done, so their number is bounded. */
    static final int MAX_MEMBERS = 1_000;

    private JsonMembers() {
    }

    /** A factory whose parsers refuse what no real request body needs; its generators leave their stream open. */
    public static JsonFactory factory(int maxBodyBytes) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNumberLength(64)
                        .maxNameLength(1_024)
                        .maxDocumentLength(maxBodyBytes)
                        .build())
                // The response stream is the exchange's: finishing a document must not close it.
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /**
     * The scalar members of the object named {@code root} — or, when {@code root} is {@code null}, of the body's
     * own object: a member sent as null maps to {@code null}, one not sent is not in the map. Members of other
     * names, and nested values of unknown members, are skipped; more than {@link #MAX_MEMBERS} in the object is a 400.
     */
    public static Map<String, String> read(JsonFactory factory, String body, String root) {
        try (JsonParser parser = factory.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw expected(root);
            }
            Map<String, String> sent = root == null ? scalarMembers(parser) : null;
            while (root != null && parser.nextToken() == JsonToken.FIELD_NAME) {
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
        return HttpProblem.badRequest(root == null ? "Expected a JSON object"
                : "Expected a JSON object with a \"" + root + "\" member holding an object");
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
