package io.contacts.http.undertow.v1.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.contacts.http.undertow.v1.representation.Format;
import io.contacts.http.undertow.v1.representation.Member;
import io.contacts.http.undertow.v1.representation.Representation;
import io.contacts.http.undertow.v1.representation.WireType;
import io.contacts.http.undertow.web.JsonMembers;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Driving adapter: the JSON representation, Harvest v1 style — each entity wrapped in an object named after
 * it, keys the XML names with {@code _}, members named, typed and ordered by the tables of members its
 * {@link Representation} defaults pick. Written, and read ({@link JsonMembers}), with Jackson's
 * streaming API over one hardened factory.
 */
public final class JsonRepresentation implements Representation {

    private final JsonFactory factory;

    public JsonRepresentation(int maxBodyBytes) {
        factory = JsonMembers.factory(maxBodyBytes);
    }

    @Override
    public Format format() {
        return Format.JSON;
    }

    @Override
    public <T> void entity(String name, List<Member<T>> members, T entity, OutputStream out) throws IOException {
        write(out, json -> wrapped(json, name, members, entity));
    }

    /** A bare array: JSON names only its items. */
    @Override
    public <T> void list(String name, String item, List<Member<T>> members, Iterator<T> entities,
                         OutputStream out) throws IOException {
        write(out, json -> {
            json.writeStartArray();
            while (entities.hasNext()) {
                wrapped(json, item, members, entities.next());
            }
            json.writeEndArray();
        });
    }

    @Override
    public <T> void hash(List<Member<T>> members, T entity, OutputStream out) throws IOException {
        write(out, json -> object(json, members, entity));
    }

    @Override
    public <A, B> void hash(String firstName, List<Member<A>> firstMembers, A first,
                            String secondName, List<Member<B>> secondMembers, B second, OutputStream out)
            throws IOException {
        write(out, json -> {
            json.writeStartObject();
            json.writeFieldName(firstName);
            object(json, firstMembers, first);
            json.writeFieldName(secondName);
            object(json, secondMembers, second);
            json.writeEndObject();
        });
    }

    @Override
    public void message(String message, OutputStream out) throws IOException {
        write(out, json -> {
            json.writeStartObject();
            json.writeStringField("message", message);
            json.writeEndObject();
        });
    }

    @Override
    public void errors(List<String> messages, OutputStream out) throws IOException {
        write(out, json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("errors");
            for (String message : messages) {
                json.writeString(message);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    @Override
    public char separator() {
        return '_';
    }

    /** {@code {"name": {members}}}, as Harvest v1 wrapped each entity. */
    private static <T> void wrapped(JsonGenerator json, String name, List<Member<T>> members, T value)
            throws IOException {
        json.writeStartObject();
        json.writeFieldName(name);
        object(json, members, value);
        json.writeEndObject();
    }

    private static <T> void object(JsonGenerator json, List<Member<T>> members, T value) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < members.size(); i++) {
            Member<T> member = members.get(i);
            json.writeFieldName(member.jsonName());
            String text = member.textOf(value);
            if (text == null) {
                json.writeNull();
            } else if (member.type() == WireType.BOOLEAN) {
                json.writeBoolean(Boolean.parseBoolean(text));
            } else if (member.type().jsonNumber()) {
                // The digits as the member gave them: Jackson writes them as they are, unquoted.
                json.writeNumber(text);
            } else {
                json.writeString(text);
            }
        }
        json.writeEndObject();
    }

    private void write(OutputStream out, Document document) throws IOException {
        JsonGenerator json = factory.createGenerator(out);
        document.write(json);
        // Closed only once complete: on failure nothing buffered may reach the client.
        json.close();
    }

    /** Read by {@link JsonMembers}, with this representation's limits. */
    @Override
    public Map<String, String> members(String body, String root) {
        return JsonMembers.read(factory, body, root);
    }

    /** A whole document. */
    @FunctionalInterface
    private interface Document {
        void write(JsonGenerator json) throws IOException;
    }
}
