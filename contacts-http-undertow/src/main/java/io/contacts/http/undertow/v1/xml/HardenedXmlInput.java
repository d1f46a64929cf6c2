package io.contacts.http.undertow.v1.xml;

import io.contacts.http.undertow.web.HttpProblem;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;

/**
 * Driving adapter guard: the one way an XML request body is read — StAX only; JAXB reads no request. The factory
 * is built once: the JDK's own StAX parser, with DTDs and external entities off, a resolver that refuses to fetch
 * anything, and every reader wrapped in {@link LimitedXmlStreamReader}; {@link XmlMembers} reads what it opens.
 */
final class HardenedXmlInput {

    private final XMLInputFactory factory;

    HardenedXmlInput() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // One text event per text node, so that the length limit sees the whole of it.
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not allowed");
        });
    }

    /**
     * A reader over the body, positioned on its root element, which must be {@code <root>}. The text is read as
     * decoded already (UTF-8, as the API's bodies are); a declaration naming another encoding is believed only of a
     * body in plain ASCII, which reads the same in every encoding a client might name — otherwise the two
     * readings differ and the body is refused rather than stored as either.
     *
     * @throws HttpProblem 400 for a body that is not well-formed, hostile, another document, or of two encodings
     */
    XMLStreamReader open(String body, String root) {
        try {
            XMLStreamReader reader = new LimitedXmlStreamReader(factory.createXMLStreamReader(new StringReader(body)));
            requireUtf8Declaration(reader.getCharacterEncodingScheme(), body);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    String namespace = reader.getNamespaceURI();
                    if (!root.equals(reader.getLocalName()) || namespace != null && !namespace.isEmpty()) {
                        throw HttpProblem.badRequest("Expected a <" + root + "> document");
                    }
                    return reader;
                }
            }
            throw HttpProblem.badRequest("Expected a <" + root + "> document");
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static void requireUtf8Declaration(String declared, String body) {
        if (declared != null && !declared.equalsIgnoreCase("UTF-8") && !isAscii(body)) {
            throw HttpProblem.badRequest("The request body declares encoding=\"" + printable(declared)
                    + "\" but is not plain ASCII: send the body in UTF-8 and declare UTF-8, or nothing");
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** An encoding name is a short token; anything else is not worth echoing. */
    private static String printable(String name) {
        return name.length() <= 40 && name.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? name : "…";
    }

    /** Reads to the end after the root element, so that anything after it must be well-formed too. */
    void finish(XMLStreamReader reader) {
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    throw HttpProblem.badRequest("The request body has content after its root element");
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** The parser's own message may quote the input; the client gets the position only. */
    static HttpProblem malformed(XMLStreamException e) {
        Location location = e.getLocation();
        String where = location == null || location.getLineNumber() < 0 ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
        return HttpProblem.badRequest("The request body is not well-formed XML" + where);
    }
}
