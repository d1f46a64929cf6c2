package io.contacts.http.undertow.xml;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.Identity;
import io.contacts.http.undertow.representation.AccountMembers;
import io.contacts.http.undertow.representation.ClientMembers;
import io.contacts.http.undertow.representation.ContactMembers;
import io.contacts.http.undertow.representation.Format;
import io.contacts.http.undertow.representation.Representation;
import io.contacts.http.undertow.security.RateLimitStatus;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Driving adapter: the XML representation, Harvest v1's default. Every document is written as text by
 * {@link XmlText} from the tables of members; every body is read by {@link XmlMembers} off a
 * {@link HardenedXmlInput} StAX reader. Neither way goes through JAXB, whose model of the documents
 * ({@link XmlSchemaModel}) is what docs/contacts.xsd is checked against.
 */
public final class XmlRepresentation implements Representation {

    private final HardenedXmlInput inputs = new HardenedXmlInput();

    @Override
    public Format format() {
        return Format.XML;
    }

    @Override
    public void contact(Contact contact, OutputStream out) throws IOException {
        XmlText.entity("contact", ContactMembers.ALL, contact, out);
    }

    @Override
    public void contacts(Iterator<Contact> contacts, OutputStream out) throws IOException {
        XmlText.list("contacts", "contact", ContactMembers.ALL, contacts, out);
    }

    @Override
    public void client(Client client, OutputStream out) throws IOException {
        XmlText.entity("client", ClientMembers.ALL, client, out);
    }

    @Override
    public void clients(Iterator<Client> clients, OutputStream out) throws IOException {
        XmlText.list("clients", "client", ClientMembers.ALL, clients, out);
    }

    @Override
    public void identity(Identity identity, OutputStream out) throws IOException {
        XmlText.pair("hash", "company", AccountMembers.COMPANY, identity.account(),
                "user", AccountMembers.USER, identity.user(), out);
    }

    @Override
    public void rateLimitStatus(RateLimitStatus status, OutputStream out) throws IOException {
        XmlText.entity("hash", AccountMembers.RATE_LIMIT_STATUS, status, out);
    }

    @Override
    public void message(String message, OutputStream out) throws IOException {
        XmlText.texts("hash", "message", List.of(message), out);
    }

    @Override
    public void errors(List<String> messages, OutputStream out) throws IOException {
        XmlText.texts("errors", "error", messages, out);
    }

    @Override
    public char separator() {
        return '-';
    }

    @Override
    public Map<String, String> members(String body, String root) {
        XMLStreamReader reader = inputs.open(body, root);
        Map<String, String> sent;
        try {
            sent = XmlMembers.read(reader);
        } catch (XMLStreamException e) {
            throw HardenedXmlInput.malformed(e);
        }
        inputs.finish(reader);
        return sent;
    }
}
