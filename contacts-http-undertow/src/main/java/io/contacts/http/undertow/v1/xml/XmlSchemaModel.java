package io.contacts.http.undertow.v1.xml;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.Identity;
import io.contacts.http.undertow.security.RateLimitStatus;
import io.contacts.http.undertow.v1.representation.AccountMembers;
import io.contacts.http.undertow.v1.representation.ClientMembers;
import io.contacts.http.undertow.v1.representation.ContactMembers;
import io.contacts.http.undertow.v1.representation.Member;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import javax.xml.namespace.QName;
import java.util.List;

/**
 * Driving adapter schema model: the documents {@link XmlText} writes, as JAXB objects built from the same tables of
 * members, and JAXB's rendering of them. Not on the request path: it is the library version the text writer is
 * measured against (bench/jmh) and what the tests hold to docs/contacts.xsd beside the wire's bytes.
 */
public final class XmlSchemaModel {

    private XmlSchemaModel() {
    }

    public static JAXBElement<EntityXml> contact(Contact contact) {
        return root("contact", entity(ContactMembers.ALL, contact));
    }

    public static JAXBElement<EntityXml> contacts(List<Contact> contacts) {
        return root("contacts", array("contact", ContactMembers.ALL, contacts));
    }

    public static JAXBElement<EntityXml> client(Client client) {
        return root("client", entity(ClientMembers.ALL, client));
    }

    public static JAXBElement<EntityXml> clients(List<Client> clients) {
        return root("clients", array("client", ClientMembers.ALL, clients));
    }

    public static JAXBElement<EntityXml> identity(Identity identity) {
        return root("hash", new EntityXml()
                .add("company", EntityXml.class, entity(AccountMembers.COMPANY, identity.account()))
                .add("user", EntityXml.class, entity(AccountMembers.USER, identity.user())));
    }

    public static JAXBElement<EntityXml> rateLimitStatus(RateLimitStatus status) {
        return root("hash", entity(AccountMembers.RATE_LIMIT_STATUS, status));
    }

    public static JAXBElement<EntityXml> message(String message) {
        return root("hash", new EntityXml().add("message", TypedText.class, TypedText.plain(message)));
    }

    public static JAXBElement<EntityXml> errors(List<String> messages) {
        EntityXml errors = new EntityXml();
        messages.forEach(message -> errors.add("error", TypedText.class, TypedText.plain(message)));
        return root("errors", errors);
    }

    /** JAXB's own rendering, for one thread: its UTF-8 writer straight to the stream, two spaces a level. */
    public static Marshaller marshaller() {
        try {
            Marshaller marshaller = Context.INSTANCE.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.setProperty("org.glassfish.jaxb.indentString", "  ");
            return marshaller;
        } catch (JAXBException e) {
            throw new IllegalStateException("the XML schema model is broken", e);
        }
    }

    /** The model's schema, as JAXB derives it. */
    public static JAXBContext context() {
        return Context.INSTANCE;
    }

    private static <T> EntityXml entity(List<Member<T>> members, T value) {
        EntityXml xml = new EntityXml();
        for (Member<T> member : members) {
            xml.add(member.xmlName(), TypedText.class, TypedText.of(member, value));
        }
        return xml;
    }

    private static <T> EntityXml array(String item, List<Member<T>> members, List<T> values) {
        EntityXml xml = EntityXml.array();
        values.forEach(value -> xml.add(item, EntityXml.class, entity(members, value)));
        return xml;
    }

    private static JAXBElement<EntityXml> root(String name, EntityXml xml) {
        return new JAXBElement<>(new QName(name), EntityXml.class, xml);
    }

    /** Made when first used: the JVM's class initialisation makes it once. */
    private static final class Context {
        static final JAXBContext INSTANCE = newContext();

        private static JAXBContext newContext() {
            try {
                return JAXBContext.newInstance(EntityXml.class, TypedText.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("the XML schema model is broken", e);
            }
        }
    }
}
