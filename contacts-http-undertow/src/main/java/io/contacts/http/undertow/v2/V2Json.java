package io.contacts.http.undertow.v2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.contacts.domain.model.Account;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.User;
import io.contacts.http.undertow.web.ErrorResponses;
import io.contacts.http.undertow.web.JsonMembers;
import io.contacts.http.undertow.web.WireFormat;
import io.contacts.http.undertow.web.WireValues;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Driving adapter: Harvest v2's JSON — bare objects with the documented keys in the documented order, lists in
 * pages ({@link PageDocument}), errors as v2 answers them: {@code {"message": …}}, a 404's
 * {@code {"status":404,"error":"Not Found"}}, a 401's OAuth {@code error} and {@code error_description}.
 * Written with Jackson's streaming generator; read with the hardened {@link JsonMembers}.
 */
final class V2Json implements WireFormat {

    static final String INVALID_TOKEN = "The access token provided is expired, revoked, malformed or invalid for"
            + " other reasons.";

    private final JsonFactory factory;

    V2Json(int maxBodyBytes) {
        this.factory = JsonMembers.factory(maxBodyBytes);
    }

    @Override
    public String contentType() {
        return "application/json; charset=utf-8";
    }

    @Override
    public void error(ErrorResponses.Answer answer, OutputStream out) throws IOException {
        write(out, json -> {
            json.writeStartObject();
            if (answer.status() == 401) {
                json.writeStringField("error", "invalid_token");
                json.writeStringField("error_description", INVALID_TOKEN);
            } else if (answer.status() == 404) {
                json.writeNumberField("status", 404);
                json.writeStringField("error", "Not Found");
            } else {
                json.writeStringField("message", answer.message() == null
                        ? String.join(", ", answer.errors()) : answer.message());
            }
            json.writeEndObject();
        });
    }

    /** The members of a request body's object, by name ({@code null} for null; absent when not sent). */
    Map<String, String> members(String body) {
        return JsonMembers.read(factory, body, null);
    }

    void contact(ContactWithClient contact, OutputStream out) throws IOException {
        write(out, json -> contact(json, contact));
    }

    void client(Client client, OutputStream out) throws IOException {
        write(out, json -> client(json, client));
    }

    void contacts(PageDocument<ContactWithClient> page, OutputStream out) throws IOException {
        write(out, json -> page.write(json, "contacts", V2Json::contact));
    }

    void clients(PageDocument<Client> page, OutputStream out) throws IOException {
        write(out, json -> page.write(json, "clients", V2Json::client));
    }

    /** The user the credentials belong to: the documented members the domain has (docs/api-v2.md). */
    void user(User user, OutputStream out) throws IOException {
        write(out, json -> {
            json.writeStartObject();
            json.writeNumberField("id", user.id().value());
            json.writeStringField("first_name", user.fields().firstName());
            json.writeStringField("last_name", user.fields().lastName());
            json.writeStringField("email", user.email().value());
            json.writeBooleanField("is_active", true);
            json.writeArrayFieldStart("access_roles");
            json.writeString("administrator");
            json.writeEndArray();
            time(json, "created_at", user.createdAt());
            time(json, "updated_at", user.createdAt());
            json.writeEndObject();
        });
    }

    /** The caller's account as v2's company: its name, and active, as every account that can sign in is. */
    void company(Account account, OutputStream out) throws IOException {
        write(out, json -> {
            json.writeStartObject();
            json.writeStringField("name", account.name());
            json.writeBooleanField("is_active", true);
            json.writeEndObject();
        });
    }

    private static void contact(JsonGenerator json, ContactWithClient entry) throws IOException {
        Contact contact = entry.contact();
        ContactFields fields = contact.fields();
        json.writeStartObject();
        json.writeNumberField("id", contact.id().value());
        text(json, "title", fields.title());
        json.writeStringField("first_name", fields.firstName());
        text(json, "last_name", fields.lastName());
        text(json, "email", fields.email().map(EmailAddress::value));
        text(json, "phone_office", fields.phoneOffice());
        text(json, "phone_mobile", fields.phoneMobile());
        text(json, "fax", fields.fax());
        time(json, "created_at", contact.createdAt());
        time(json, "updated_at", contact.updatedAt());
        json.writeObjectFieldStart("client");
        json.writeNumberField("id", contact.clientId().value());
        json.writeStringField("name", entry.clientName());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A client; {@code statement_key} and {@code currency} are not kept, so they are null (docs/api-v2.md). */
    private static void client(JsonGenerator json, Client client) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", client.id().value());
        json.writeStringField("name", client.name());
        json.writeBooleanField("is_active", client.active());
        text(json, "address", client.fields().details());
        json.writeNullField("statement_key");
        time(json, "created_at", client.createdAt());
        time(json, "updated_at", client.updatedAt());
        json.writeNullField("currency");
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        } else {
            json.writeNullField(name);
        }
    }

    /** UTC, whole seconds, {@code Z}: {@code 2017-06-26T21:20:07Z}, as v1 writes them. */
    private static void time(JsonGenerator json, String name, Instant instant) throws IOException {
        json.writeStringField(name, WireValues.timestamp(instant));
    }

    private void write(OutputStream out, Document document) throws IOException {
        JsonGenerator json = factory.createGenerator(out);
        document.write(json);
        // Closed only once complete: on failure nothing buffered may reach the client.
        json.close();
    }

    /** A whole document. */
    @FunctionalInterface
    private interface Document {
        void write(JsonGenerator json) throws IOException;
    }

    /** One entity, written as an object. */
    @FunctionalInterface
    interface EntityWriter<T> {
        void write(JsonGenerator json, T entity) throws IOException;
    }
}
