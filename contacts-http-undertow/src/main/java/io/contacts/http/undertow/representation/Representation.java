package io.contacts.http.undertow.representation;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.Identity;
import io.contacts.http.undertow.security.RateLimitStatus;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Driving adapter port: one wire format of every document the API reads and writes. Lists are written while
 * the iterator yields, never gathered first. Readers throw an {@code HttpProblem} (400) for a body that is not
 * a well-formed, harmless document of the expected kind; XML's reads straight off a hardened StAX reader, not JAXB.
 */
public interface Representation {

    Format format();

    void contact(Contact contact, OutputStream out) throws IOException;

    void contacts(Iterator<Contact> contacts, OutputStream out) throws IOException;

    void client(Client client, OutputStream out) throws IOException;

    void clients(Iterator<Client> clients, OutputStream out) throws IOException;

    void identity(Identity identity, OutputStream out) throws IOException;

    void rateLimitStatus(RateLimitStatus status, OutputStream out) throws IOException;

    /** The body of every error but validation: {@code <hash><message>…</message></hash>}. */
    void message(String message, OutputStream out) throws IOException;

    /** The body of a 422: one entry per problem, all of them. */
    void errors(List<String> messages, OutputStream out) throws IOException;

    /**
     * The scalar members of a request document's {@code root} object or element, by name: {@code null} for one
     * sent as nil or null, absent for one not sent ({@link SentMembers} turns them into the domain's inputs).
     *
     * @param body the body's text, already size-checked and decoded from UTF-8
     */
    Map<String, String> members(String body, String root);

    /** What joins the words of a member's name in this format: {@code -} in XML, {@code _} in JSON. */
    char separator();
}
