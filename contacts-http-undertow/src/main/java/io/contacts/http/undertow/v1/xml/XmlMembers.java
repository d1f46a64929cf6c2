package io.contacts.http.undertow.v1.xml;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Driving adapter XML reading: the scalar child elements of a request body's root, by name — the XML twin of
 * the JSON reader's members. Read straight off the hardened StAX reader ({@link HardenedXmlInput}), not through
 * JAXB: an entity body is a handful of flat elements, and binding them through JAXB cost more than the rest of a
 * create. The names are resolved by {@code SentMembers}, from the tables of members.
 */
final class XmlMembers {

    private static final String NIL = "true";

    private XmlMembers() {
    }

    /**
     * Reads from the root's start tag to its end tag. A child sent {@code nil="true"} maps to {@code null}, any
     * other to its text ({@code ""} when empty, whitespace kept); one not sent is not in the map, and the last of
     * two of a name wins. Children in a namespace, and children holding elements (no field is structured), are
     * skipped as unknown elements are, as the JSON reader skips nested values.
     */
    static Map<String, String> read(XMLStreamReader reader) throws XMLStreamException {
        Map<String, String> sent = new HashMap<>();
        for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                boolean plain = isEmpty(reader.getNamespaceURI());
                boolean nil = plain && nil(reader);
                String text = text(reader);
                if (!plain) {
                    continue;
                }
                if (text == null) {
                    sent.remove(name);
                } else {
                    sent.put(name, nil ? null : text);
                }
            }
            // Text, comments and processing instructions between the root's children carry nothing.
        }
        return sent;
    }

    /** {@code nil="true"} in no namespace, as Rails wrote it; case and surrounding space do not matter. */
    private static boolean nil(XMLStreamReader reader) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if ("nil".equals(reader.getAttributeLocalName(i)) && isEmpty(reader.getAttributeNamespace(i))) {
                return NIL.equalsIgnoreCase(reader.getAttributeValue(i).strip());
            }
        }
        return false;
    }

    /** The element's text, read to its end tag; {@code null} when it holds elements. */
    private static String text(XMLStreamReader reader) throws XMLStreamException {
        String first = null;
        StringBuilder joined = null;
        boolean structured = false;
        for (int depth = 1; depth > 0; ) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    structured = true;
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    // The coalescing parser gives one event per text node; only a comment splits a value.
                    if (first == null) {
                        first = reader.getText();
                    } else {
                        joined = (joined == null ? new StringBuilder(first) : joined).append(reader.getText());
                    }
                }
                default -> {
                    // comments and processing instructions inside a value are not part of it
                }
            }
        }
        if (structured) {
            return null;
        }
        return joined != null ? joined.toString() : first == null ? "" : first;
    }

    private static boolean isEmpty(String namespace) {
        return namespace == null || XMLConstants.NULL_NS_URI.equals(namespace);
    }
}
