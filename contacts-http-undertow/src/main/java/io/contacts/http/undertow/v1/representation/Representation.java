package io.contacts.http.undertow.v1.representation;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.Identity;
import io.contacts.domain.port.in.ImportReport;
import io.contacts.http.undertow.security.RateLimitStatus;
import io.contacts.http.undertow.web.ErrorResponses;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.WireFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Driving adapter port: one wire format of every document the API reads and writes. The documents are made
 * here, once for both formats, from the tables of members; a format says only how it writes an entity, a list,
 * a hash and a message. Lists are written while the iterator yields, never gathered first. Readers throw an
 * {@code HttpProblem} (400) for a body that is not a well-formed, harmless document of the expected kind; XML's
 * reads straight off a hardened StAX reader, not JAXB.
 */
public interface Representation extends WireFormat {

    Format format();

    @Override
    default String contentType() {
        return format().contentType();
    }

    /** A message, {@code <hash><message>…</message></hash>}; or the list of a 422's problems. */
    @Override
    default void error(ErrorResponses.Answer answer, OutputStream out) throws IOException {
        if (answer.message() == null) {
            errors(answer.errors(), out);
        } else {
            message(answer.message(), out);
        }
    }

    default void contact(Contact contact, OutputStream out) throws IOException {
        entity("contact", ContactMembers.ALL, contact, out);
    }

    default void contacts(Iterator<Contact> contacts, OutputStream out) throws IOException {
        list("contacts", "contact", ContactMembers.ALL, contacts, out);
    }

    /** An import's report: {@code <entries type="array"><entry>…}, {@code [{"entry":{…}},…]}. */
    default void importReport(ImportReport report, OutputStream out) throws IOException {
        list("entries", "entry", ImportMembers.ALL, report.entries().iterator(), out);
    }

    default void client(Client client, OutputStream out) throws IOException {
        entity("client", ClientMembers.ALL, client, out);
    }

    default void clients(Iterator<Client> clients, OutputStream out) throws IOException {
        list("clients", "client", ClientMembers.ALL, clients, out);
    }

    default void identity(Identity identity, OutputStream out) throws IOException {
        hash("company", AccountMembers.COMPANY, identity.account(), "user", AccountMembers.USER, identity.user(),
                out);
    }

    default void rateLimitStatus(RateLimitStatus status, OutputStream out) throws IOException {
        hash(AccountMembers.RATE_LIMIT_STATUS, status, out);
    }

    /** The body of every error but validation: {@code <hash><message>…</message></hash>}. */
    void message(String message, OutputStream out) throws IOException;

    /** The body of a 422: one entry per problem, all of them. */
    void errors(List<String> messages, OutputStream out) throws IOException;

    /** A document of one entity, named: {@code <contact>…</contact>}, {@code {"contact":{…}}}. */
    <T> void entity(String name, List<Member<T>> members, T entity, OutputStream out) throws IOException;

    /** A list of entities: {@code <contacts type="array"><contact>…}, {@code [{"contact":{…}},…]}. */
    <T> void list(String name, String item, List<Member<T>> members, Iterator<T> entities, OutputStream out)
            throws IOException;

    /** A document of one entity's members, unnamed: {@code <hash>…</hash>}, {@code {…}}. */
    <T> void hash(List<Member<T>> members, T entity, OutputStream out) throws IOException;

    /** An unnamed document of two named entities: {@code <hash><company>…</company><user>…</user></hash>}. */
    <A, B> void hash(String firstName, List<Member<A>> firstMembers, A first,
                     String secondName, List<Member<B>> secondMembers, B second, OutputStream out) throws IOException;

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
