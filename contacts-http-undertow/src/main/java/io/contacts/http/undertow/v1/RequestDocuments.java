package io.contacts.http.undertow.v1;

import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.in.ContactInput;
import io.contacts.http.undertow.v1.representation.Format;
import io.contacts.http.undertow.v1.representation.Representation;
import io.contacts.http.undertow.v1.representation.SentMembers;
import io.contacts.http.undertow.web.ApiExchange;

import java.util.Map;

/**
 * Driving adapter: what a v1 request sends of a contact or a client — its XML or JSON document, whatever format
 * the answer takes, over the Rails parameters it may send instead ({@link RequestMembers}).
 */
public final class RequestDocuments {

    private final Map<Format, Representation> readers;

    public RequestDocuments(Map<Format, Representation> readers) {
        this.readers = Map.copyOf(readers);
    }

    /** The contact the request sends: its document's members over Rails parameters (400 for an unreadable one). */
    ContactInput contact(ApiExchange<?> request) {
        RequestMembers sent = members(request, "contact");
        return SentMembers.contact(sent.members(), sent.separator());
    }

    /** The client the request sends, read as {@link #contact}. */
    ClientInput client(ApiExchange<?> request) {
        return SentMembers.client(members(request, "client").members());
    }

    private RequestMembers members(ApiExchange<?> request, String root) {
        return RequestMembers.of(root, request.rawQuery(), request.contentType(), request.body(), readers);
    }
}
