package io.contacts.http.undertow.xml;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.Identity;
import io.contacts.http.undertow.representation.Format;
import io.contacts.http.undertow.representation.Representation;
import io.contacts.http.undertow.security.RateLimitStatus;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Driving adapter: the XML representation, Harvest v1's default. JAXB types map the documents it writes; the
 * context and the StAX factories are built once, marshallers once per worker thread. Documents are written
 * through a StAX writer — the declaration and list wrappers by hand, each entity as a JAXB fragment — so that a
 * list is written while it streams; contacts, the documents sent by the thousand, are written by
 * {@link ContactXmlWriter}. Bodies are read by {@link XmlMembers} from a {@link HardenedXmlInput} reader.
 */
public final class XmlRepresentation implements Representation {

    private static final QName CLIENT = new QName("client");
    private static final QName HASH = new QName("hash");
    private static final QName ERRORS = new QName("errors");

    private final XMLOutputFactory outputs = XMLOutputFactory.newDefaultFactory();
    private final HardenedXmlInput inputs = new HardenedXmlInput();
    // The JAXB context is made on first use, not here: it is a fair part of a start, which needs none of it.
    private final ThreadLocal<Marshaller> marshallers = ThreadLocal.withInitial(() -> newMarshaller(Mapping.CONTEXT));

    /** Makes the JAXB context now, off the request path: for a server that has just started listening. */
    public static void prepare() {
        Objects.requireNonNull(Mapping.CONTEXT);
    }

    @Override
    public Format format() {
        return Format.XML;
    }

    @Override
    public void contact(Contact contact, OutputStream out) throws IOException {
        ContactXmlWriter.one(contact, out);
    }

    @Override
    public void contacts(Iterator<Contact> contacts, OutputStream out) throws IOException {
        ContactXmlWriter.list(contacts, out);
    }

    @Override
    public void client(Client client, OutputStream out) throws IOException {
        document(out, writer -> fragment(writer, CLIENT, ClientXml.class, ClientXml.from(client)));
    }

    @Override
    public void clients(Iterator<Client> clients, OutputStream out) throws IOException {
        array(out, "clients", clients,
                (writer, client) -> fragment(writer, CLIENT, ClientXml.class, ClientXml.from(client)));
    }

    @Override
    public void identity(Identity identity, OutputStream out) throws IOException {
        document(out, writer -> fragment(writer, HASH, IdentityXml.class, IdentityXml.from(identity)));
    }

    @Override
    public void rateLimitStatus(RateLimitStatus status, OutputStream out) throws IOException {
        document(out, writer -> fragment(writer, HASH, RateLimitStatusXml.class, RateLimitStatusXml.from(status)));
    }

    @Override
    public void message(String message, OutputStream out) throws IOException {
        document(out, writer -> fragment(writer, HASH, MessageXml.class, MessageXml.of(message)));
    }

    @Override
    public void errors(List<String> messages, OutputStream out) throws IOException {
        document(out, writer -> fragment(writer, ERRORS, ErrorsXml.class, ErrorsXml.of(messages)));
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

    private <T> void array(OutputStream out, String name, Iterator<T> items, Item<T> item) throws IOException {
        document(out, writer -> {
            writer.writeStartElement(name);
            writer.writeAttribute("type", "array");
            while (items.hasNext()) {
                item.write(writer, items.next());
            }
            writer.writeEndElement();
        });
    }

    private <T> void fragment(XMLStreamWriter writer, QName name, Class<T> type, T value) throws JAXBException {
        marshallers.get().marshal(new JAXBElement<>(name, type, value), writer);
    }

    private void document(OutputStream out, Body body) throws IOException {
        try {
            XMLStreamWriter writer = new IndentingXmlStreamWriter(outputs.createXMLStreamWriter(out, "UTF-8"));
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.flush();
        } catch (XMLStreamException | JAXBException e) {
            throw new IOException("could not write an XML response", e);
        }
    }

    /** Writes one element of a list. */
    @FunctionalInterface
    private interface Item<T> {
        void write(XMLStreamWriter writer, T item) throws XMLStreamException, JAXBException;
    }

    /** What goes between the declaration and the end of the document. */
    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException, JAXBException;
    }

    /** The JAXB context, made when this class is first touched: the JVM's class initialisation makes it once. */
    private static final class Mapping {
        static final JAXBContext CONTEXT = newContext();
    }

    private static JAXBContext newContext() {
        try {
            return JAXBContext.newInstance(ClientXml.class, MessageXml.class, ErrorsXml.class,
                    IdentityXml.class, RateLimitStatusXml.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the XML mapping is broken", e);
        }
    }

    private static Marshaller newMarshaller(JAXBContext context) {
        try {
            Marshaller marshaller = context.createMarshaller();
            // Fragments: the declaration is written once per document, by hand, without standalone="yes".
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            return marshaller;
        } catch (JAXBException e) {
            throw new IllegalStateException("the XML mapping is broken", e);
        }
    }
}
