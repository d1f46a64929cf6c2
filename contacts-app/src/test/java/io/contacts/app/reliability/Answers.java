package io.contacts.app.reliability;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.contacts.app.Xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the service's answers as a client does, in either format: the message or the validation errors of an
 * error, the fields of one entity.
 */
public final class Answers {

    private static final JsonFactory JSON = new JsonFactory();

    private Answers() {
    }

    /** The message of an error answer, or each validation error, whatever the format. */
    static List<String> messages(HttpResponse<String> answer) {
        return messages(answer.headers().firstValue("Content-Type").orElse(""), answer.body());
    }

    static List<String> messages(String contentType, String body) {
        if (contentType.startsWith("application/json")) {
            Map<String, Object> document = jsonObject(body);
            Object errors = document.get("errors");
            if (errors != null) {
                @SuppressWarnings("unchecked")
                List<String> list = (List<String>) errors;
                return list;
            }
            return List.of(String.valueOf(document.get("message")));
        }
        if (Xml.count(body, "/errors") == 1) {
            List<String> errors = new ArrayList<>();
            for (int i = 1; i <= Xml.count(body, "/errors/error"); i++) {
                errors.add(Xml.text(body, "/errors/error[" + i + "]"));
            }
            return errors;
        }
        return List.of(Xml.text(body, "/hash/message"));
    }

    /** The scalar members of {@code {"<root>":{…}}}, decoded exactly (a JSON null is a Java null). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> jsonEntity(String body, String root) {
        return (Map<String, Object>) jsonObject(body).get(root);
    }

    /** A JSON object as maps, lists and strings (numbers and booleans as their text). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> jsonObject(String body) {
        return (Map<String, Object>) json(body);
    }

    /** A JSON array of objects, each as a map of strings (numbers and booleans as their text), lists and maps. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> jsonArrayOfObjects(String body) {
        return (List<Map<String, Object>>) json(body);
    }

    /** Any JSON document, whole: anything after its end is refused. */
    private static Object json(String body) {
        try (JsonParser parser = JSON.createParser(body)) {
            parser.nextToken();
            Object value = value(parser);
            if (parser.nextToken() != null) {
                throw new IOException("more after the document's end");
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("not the JSON expected: " + body, e);
        }
    }

    /** A line that must be one JSON object and nothing else (JSON Lines), as maps, lists and strings. */
    static Map<String, Object> jsonLine(String line) {
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new AssertionError("not a JSON object: " + line);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> value = (Map<String, Object>) value(parser);
            if (parser.nextToken() != null) {
                throw new AssertionError("more than one JSON value on the line: " + line);
            }
            return value;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> object = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.put(name, value(parser));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(parser));
            }
            return array;
        }
        return token == JsonToken.VALUE_NULL ? null : parser.getText();
    }
}
