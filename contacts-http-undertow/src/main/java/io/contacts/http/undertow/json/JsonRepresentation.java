package io.contacts.http.undertow.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.Identity;
import io.contacts.http.undertow.representation.Format;
import io.contacts.http.undertow.representation.Representation;
import io.contacts.http.undertow.representation.WireValues;
import io.contacts.http.undertow.security.RateLimitStatus;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Driving adapter: the JSON representation, Harvest v1 style — each entity wrapped in an object named after
 * it, keys the XML names with {@code _}. Written, and read ({@link JsonMembers}), with Jackson's streaming API over
 * one factory whose read limits (depth, string and document length) hold for every request.
 */
public final class JsonRepresentation implements Representation {

    static final int MAX_DEPTH = 32;
    static final int MAX_STRING_CHARS = 64 * 1024;

    private final JsonFactory factory;

    public JsonRepresentation(int maxBodyBytes) {
        factory = JsonFactory.builder()
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

    @Override
    public Format format() {
        return Format.JSON;
    }

    @Override
    public void contact(Contact contact, OutputStream out) throws IOException {
        write(out, json -> wrapped(json, "contact", contact, JsonRepresentation::contactFields));
    }

    @Override
    public void contacts(Iterator<Contact> contacts, OutputStream out) throws IOException {
        write(out, json -> array(json, contacts, "contact", JsonRepresentation::contactFields));
    }

    @Override
    public void client(Client client, OutputStream out) throws IOException {
        write(out, json -> wrapped(json, "client", client, JsonRepresentation::clientFields));
    }

    @Override
    public void clients(Iterator<Client> clients, OutputStream out) throws IOException {
        write(out, json -> array(json, clients, "client", JsonRepresentation::clientFields));
    }

    @Override
    public void identity(Identity identity, OutputStream out) throws IOException {
        write(out, json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("company");
            json.writeNumberField("id", identity.account().id().value());
            json.writeStringField("name", identity.account().name());
            json.writeStringField("created_at", WireValues.timestamp(identity.account().createdAt()));
            json.writeEndObject();
            json.writeObjectFieldStart("user");
            json.writeNumberField("id", identity.user().id().value());
            json.writeStringField("email", identity.user().email().value());
            json.writeStringField("first_name", identity.user().fields().firstName());
            json.writeStringField("last_name", identity.user().fields().lastName());
            json.writeStringField("created_at", WireValues.timestamp(identity.user().createdAt()));
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    @Override
    public void rateLimitStatus(RateLimitStatus status, OutputStream out) throws IOException {
        write(out, json -> {
            json.writeStartObject();
            json.writeFieldName("last_access_at");
            nullable(json, status.lastAccessAt().map(WireValues::timestamp).orElse(null));
            json.writeNumberField("count", status.count());
            json.writeNumberField("timeframe_limit", status.timeframeSeconds());
            json.writeNumberField("max_calls", status.maxCalls());
            json.writeNumberField("lockout_seconds", status.lockoutSeconds());
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

    private static void contactFields(JsonGenerator json, Contact contact) throws IOException {
        var fields = contact.fields();
        json.writeStringField("created_at", WireValues.timestamp(contact.createdAt()));
        optional(json, "title", fields.title().orElse(null));
        json.writeStringField("updated_at", WireValues.timestamp(contact.updatedAt()));
        optional(json, "phone_office", fields.phoneOffice().orElse(null));
        json.writeNumberField("id", contact.id().value());
        json.writeNumberField("client_id", fields.clientId().value());
        optional(json, "fax", fields.fax().orElse(null));
        json.writeStringField("last_name", fields.lastName());
        optional(json, "email", fields.email().map(Object::toString).orElse(null));
        json.writeStringField("first_name", fields.firstName());
        optional(json, "phone_mobile", fields.phoneMobile().orElse(null));
    }

    private static void clientFields(JsonGenerator json, Client client) throws IOException {
        json.writeNumberField("id", client.id().value());
        json.writeStringField("name", client.name());
        json.writeBooleanField("active", client.active());
        optional(json, "details", client.fields().details().orElse(null));
        json.writeStringField("created_at", WireValues.timestamp(client.createdAt()));
        json.writeStringField("updated_at", WireValues.timestamp(client.updatedAt()));
    }

    private static <T> void wrapped(JsonGenerator json, String name, T value, Fields<T> fields) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart(name);
        fields.write(json, value);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static <T> void array(JsonGenerator json, Iterator<T> items, String name, Fields<T> fields)
            throws IOException {
        json.writeStartArray();
        while (items.hasNext()) {
            wrapped(json, name, items.next(), fields);
        }
        json.writeEndArray();
    }

    private static void optional(JsonGenerator json, String name, String value) throws IOException {
        json.writeFieldName(name);
        nullable(json, value);
    }

    private static void nullable(JsonGenerator json, String value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
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

    /** The members of one entity. */
    @FunctionalInterface
    private interface Fields<T> {
        void write(JsonGenerator json, T value) throws IOException;
    }

    /** A whole document. */
    @FunctionalInterface
    private interface Document {
        void write(JsonGenerator json) throws IOException;
    }
}
