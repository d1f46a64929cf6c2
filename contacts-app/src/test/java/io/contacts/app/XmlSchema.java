package io.contacts.app;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.StringReader;

/** Test support: an XML Schema (the service's contacts.xsd), and whether a document satisfies it. */
final class XmlSchema {

    private final Schema schema;

    private XmlSchema(Schema schema) {
        this.schema = schema;
    }

    /** The schema in this text, e.g. as {@code GET /contacts.xsd} serves it. */
    static XmlSchema of(String xsd) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return new XmlSchema(factory.newSchema(new StreamSource(new StringReader(xsd))));
        } catch (SAXException e) {
            throw new IllegalStateException("not a valid XML Schema: " + e.getMessage(), e);
        }
    }

    /** @throws AssertionError naming the first violation */
    void assertValid(String xml) {
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(oneUnitPerCharacter(xml))));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not a document of contacts.xsd: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /**
     * The document with each character outside the BMP written as one UTF-16 unit: XML Schema counts a length in
     * characters, as the service does, but the JDK's validator counts UTF-16 units, so 255 emoji would pass for 510.
     * The schema says nothing of which characters a text holds, only how many.
     */
    private static String oneUnitPerCharacter(String xml) {
        StringBuilder text = new StringBuilder(xml.length());
        xml.codePoints().forEach(c -> text.append(Character.isSupplementaryCodePoint(c) ? '\uFFFD' : (char) c));
        return text.toString();
    }

        /** The name of the document's root element. */
    static String rootElement(String xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            try {
                reader.nextTag();
                return reader.getLocalName();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }
}
