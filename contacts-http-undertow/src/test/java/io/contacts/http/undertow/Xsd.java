package io.contacts.http.undertow;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test support: the XSD published in docs/, which every XML response must satisfy. */
final class Xsd {

    private static final Schema SCHEMA = load();

    private Xsd() {
    }

    static Path docs() {
        String dir = System.getProperty("contacts.docs.dir");
        if (dir == null) {
            throw new IllegalStateException("run through Maven: the contacts.docs.dir system property names docs/");
        }
        return Path.of(dir);
    }

    static void assertValid(String xml) {
        try {
            Validator validator = SCHEMA.newValidator();
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("response does not match docs/contacts.xsd: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static Schema load() {
        Path xsd = docs().resolve("contacts.xsd");
        if (!Files.exists(xsd)) {
            throw new IllegalStateException("no schema at " + xsd);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(xsd.toFile());
        } catch (SAXException e) {
            throw new IllegalStateException("docs/contacts.xsd is not a valid schema", e);
        }
    }
}
