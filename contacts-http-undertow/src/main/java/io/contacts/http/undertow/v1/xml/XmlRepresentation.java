package io.contacts.http.undertow.v1.xml;

import io.contacts.http.undertow.v1.representation.Format;
import io.contacts.http.undertow.v1.representation.Member;
import io.contacts.http.undertow.v1.representation.Representation;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Driving adapter: the XML representation, Harvest v1's default. Every document is written as text by
 * {@link XmlText}, from the tables of members its {@link Representation} defaults pick; every body is read by {@link XmlMembers} off a
 * {@link HardenedXmlInput} StAX reader. Neither way goes through JAXB, whose model of the documents
 * ({@link XmlSchemaModel}) is what docs/contacts.xsd is checked against.
 */
public final class XmlRepresentation implements Representation {

    /** Harvest's root for a document that is no entity. */
    private static final String HASH = "hash";

    private final HardenedXmlInput inputs = new HardenedXmlInput();

    @Override
    public Format format() {
        return Format.XML;
    }

    @Override
    public <T> void entity(String name, List<Member<T>> members, T entity, OutputStream out) throws IOException {
        XmlText.entity(name, members, entity, out);
    }

    @Override
    public <T> void list(String name, String item, List<Member<T>> members, Iterator<T> entities,
                         OutputStream out) throws IOException {
        XmlText.list(name, item, members, entities, out);
    }

    @Override
    public <T> void hash(List<Member<T>> members, T entity, OutputStream out) throws IOException {
        XmlText.entity(HASH, members, entity, out);
    }

    @Override
    public <A, B> void hash(String firstName, List<Member<A>> firstMembers, A first,
                            String secondName, List<Member<B>> secondMembers, B second, OutputStream out)
            throws IOException {
        XmlText.pair(HASH, firstName, firstMembers, first, secondName, secondMembers, second, out);
    }

    @Override
    public void message(String message, OutputStream out) throws IOException {
        XmlText.texts(HASH, "message", List.of(message), out);
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
