package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.http.undertow.security.RateLimitStatus;
import io.contacts.http.undertow.v1.representation.AccountMembers;
import io.contacts.http.undertow.v1.representation.ClientMembers;
import io.contacts.http.undertow.v1.representation.ContactMembers;
import io.contacts.http.undertow.v1.representation.Member;
import io.contacts.http.undertow.v1.representation.Representation;
import io.contacts.http.undertow.v1.representation.WireType;
import io.contacts.http.undertow.v1.xml.EntityXml;
import io.contacts.http.undertow.v1.xml.XmlRepresentation;
import io.contacts.http.undertow.v1.xml.XmlSchemaModel;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.SchemaOutputResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.contacts.http.undertow.v1.representation.WireSamples.UPDATED;
import static io.contacts.http.undertow.v1.representation.WireSamples.activeClient;
import static io.contacts.http.undertow.v1.representation.WireSamples.fullContact;
import static io.contacts.http.undertow.v1.representation.WireSamples.identity;
import static io.contacts.http.undertow.v1.representation.WireSamples.inactiveClient;
import static io.contacts.http.undertow.v1.representation.WireSamples.sparseContact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/contacts.xsd, the written documents, the tables of members and JAXB's model of the documents agree: every
 * kind of document the service writes is valid, JAXB renders its model as the same document, and the schema's
 * entities and scalar types are the tables' members and kinds.
 */
class XmlSchemaTest {

    /** One kind of document: how the representation writes it, and the JAXB model of it. */
    record Kind(String name, Written written, JAXBElement<EntityXml> model) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A document as a representation writes it. */
    @FunctionalInterface
    interface Written {
        void to(Representation representation, ByteArrayOutputStream out) throws IOException;
    }

    static Stream<Kind> kinds() {
        List<Contact> contacts = List.of(fullContact(), sparseContact());
        List<Client> clients = List.of(activeClient(), inactiveClient());
        RateLimitStatus seen = new RateLimitStatus(Optional.of(UPDATED), 12, 15, 100, 0);
        RateLimitStatus fresh = new RateLimitStatus(Optional.empty(), 0, 15, 100, 7);
        List<String> errors = List.of("Last name can't be blank", "Email & <b>");
        return Stream.of(
                new Kind("contact", (r, out) -> r.contact(fullContact(), out), XmlSchemaModel.contact(fullContact())),
                new Kind("contact, nil members", (r, out) -> r.contact(sparseContact(), out),
                        XmlSchemaModel.contact(sparseContact())),
                new Kind("contact list", (r, out) -> r.contacts(contacts.iterator(), out),
                        XmlSchemaModel.contacts(contacts)),
                new Kind("empty contact list", (r, out) -> r.contacts(List.<Contact>of().iterator(), out),
                        XmlSchemaModel.contacts(List.of())),
                new Kind("client", (r, out) -> r.client(activeClient(), out), XmlSchemaModel.client(activeClient())),
                new Kind("client, nil details", (r, out) -> r.client(inactiveClient(), out),
                        XmlSchemaModel.client(inactiveClient())),
                new Kind("client list", (r, out) -> r.clients(clients.iterator(), out), XmlSchemaModel.clients(clients)),
                new Kind("empty client list", (r, out) -> r.clients(List.<Client>of().iterator(), out),
                        XmlSchemaModel.clients(List.of())),
                new Kind("who_am_i", (r, out) -> r.identity(identity(), out), XmlSchemaModel.identity(identity())),
                new Kind("rate_limit_status", (r, out) -> r.rateLimitStatus(seen, out),
                        XmlSchemaModel.rateLimitStatus(seen)),
                new Kind("rate_limit_status, never called", (r, out) -> r.rateLimitStatus(fresh, out),
                        XmlSchemaModel.rateLimitStatus(fresh)),
                new Kind("message", (r, out) -> r.message("Not found: <x> & \"y\"", out),
                        XmlSchemaModel.message("Not found: <x> & \"y\"")),
                new Kind("errors", (r, out) -> r.errors(errors, out), XmlSchemaModel.errors(errors)));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyKindOfWrittenDocumentIsValid(Kind kind) throws IOException {
        Xsd.assertValid(written(kind));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void jaxbRendersItsModelAsTheDocumentWritten(Kind kind) throws IOException, JAXBException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmlSchemaModel.marshaller().marshal(kind.model(), out);
        String jaxb = out.toString(StandardCharsets.UTF_8);

        Xsd.assertValid(jaxb);
        Diff diff = DiffBuilder.compare(jaxb).withTest(written(kind)).ignoreWhitespace().checkForIdentical().build();
        assertThat(diff.hasDifferences()).as("JAXB's %s differs from the written one: %s", kind, diff).isFalse();
    }

    @Test
    void theSchemasEntitiesAreTheTablesMembersInTheirOrderAndKinds() throws Exception {
        Document xsd = parse(Xsd.docs().resolve("contacts.xsd").toString());

        assertThat(sequence(xsd, "//*[local-name()='complexType'][@name='Contact']/*[local-name()='sequence']"))
                .isEqualTo(members(ContactMembers.ALL));
        assertThat(sequence(xsd, "//*[local-name()='complexType'][@name='Client']/*[local-name()='sequence']"))
                .isEqualTo(members(ClientMembers.ALL));
        assertThat(sequence(xsd, "//*[local-name()='complexType'][@name='Company']/*[local-name()='sequence']"))
                .isEqualTo(members(AccountMembers.COMPANY));
        assertThat(sequence(xsd, "//*[local-name()='complexType'][@name='User']/*[local-name()='sequence']"))
                .isEqualTo(members(AccountMembers.USER));
        assertThat(sequence(xsd, "//*[local-name()='element'][@name='hash']//*[local-name()='sequence']"
                + "[*[@name='count']]")).isEqualTo(members(AccountMembers.RATE_LIMIT_STATUS));
    }

    @Test
    void theSchemasScalarTypesAreTheKindsWithTheirTypeAndNilAttributes() throws Exception {
        Document xsd = parse(Xsd.docs().resolve("contacts.xsd").toString());
        for (WireType kind : WireType.values()) {
            String type = "//*[@name='" + kind.xsdType() + "']";
            assertThat(nodes(xsd, type)).as("%s in the schema", kind.xsdType()).hasSize(1);
            assertThat(attribute(xsd, type, "type")).as("%s's type attribute", kind)
                    .isEqualTo(kind.xmlType() == null ? null : "fixed=" + kind.xmlType());
            assertThat(attribute(xsd, type, "nil")).as("%s's nil attribute", kind)
                    .isEqualTo(kind.optional() ? "fixed=true" : null);
        }
    }

    /** JAXB's schema of its model: an element of elements, and a scalar with the type and nil attributes. */
    @Test
    void jaxbsSchemaOfTheModelHasTheShapesOfTheSchema() throws Exception {
        List<DOMResult> schemas = new ArrayList<>();
        XmlSchemaModel.context().generateSchema(new SchemaOutputResolver() {
            @Override
            public javax.xml.transform.Result createOutput(String namespace, String file) {
                DOMResult result = new DOMResult();
                result.setSystemId(file);
                schemas.add(result);
                return result;
            }
        });
        assertThat(schemas).hasSize(1);
        Document generated = (Document) schemas.get(0).getNode();

        String scalar = "//*[local-name()='complexType'][@name='typedText']";
        assertThat(nodes(generated, scalar + "/*[local-name()='simpleContent']")).hasSize(1);
        assertThat(nodes(generated, scalar + "//*[local-name()='attribute']")).extracting(e -> e.getAttribute("name"))
                .containsExactly("type", "nil");
        String element = "//*[local-name()='complexType'][@name='element']";
        assertThat(nodes(generated, element + "//*[local-name()='any']")).hasSize(1);
        assertThat(nodes(generated, element + "//*[local-name()='attribute']")).extracting(e -> e.getAttribute("name"))
                .containsExactly("type");
    }

    private static String written(Kind kind) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kind.written().to(new XmlRepresentation(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static <T> List<Map.Entry<String, String>> members(List<Member<T>> members) {
        return members.stream().map(m -> Map.entry(m.xmlName(), m.type().xsdType())).toList();
    }

    private static List<Map.Entry<String, String>> sequence(Document xsd, String path) throws Exception {
        List<Element> sequences = nodes(xsd, path);
        assertThat(sequences).as(path).hasSize(1);
        List<Map.Entry<String, String>> elements = new ArrayList<>();
        NodeList children = sequences.get(0).getElementsByTagNameNS("*", "element");
        for (int i = 0; i < children.getLength(); i++) {
            Element child = (Element) children.item(i);
            elements.add(Map.entry(child.getAttribute("name"), child.getAttribute("type")));
        }
        return elements;
    }

    /** How the type declares an attribute: {@code fixed=value}, or null when it has none of that name. */
    private static String attribute(Document xsd, String type, String name) throws Exception {
        List<Element> found = nodes(xsd, type + "//*[local-name()='attribute'][@name='" + name + "']");
        return found.isEmpty() ? null : "fixed=" + found.get(0).getAttribute("fixed");
    }

    private static List<Element> nodes(Document document, String path) throws Exception {
        NodeList found = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, document,
                XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }

    private static Document parse(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file);
    }
}
