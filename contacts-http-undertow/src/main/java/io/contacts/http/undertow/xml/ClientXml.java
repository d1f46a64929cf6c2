package io.contacts.http.undertow.xml;

import io.contacts.domain.model.Client;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Driving adapter XML shape: {@code <client>} as written — id, name, active, details and the timestamps. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "client", propOrder = {"id", "name", "active", "details", "createdAt", "updatedAt"})
public final class ClientXml {

    @XmlElement(name = "id")
    TypedText id;
    @XmlElement(name = "name")
    TypedText name;
    @XmlElement(name = "active")
    TypedText active;
    @XmlElement(name = "details")
    TypedText details;
    @XmlElement(name = "created-at")
    TypedText createdAt;
    @XmlElement(name = "updated-at")
    TypedText updatedAt;

    /** For JAXB. */
    public ClientXml() {
    }

    static ClientXml from(Client client) {
        ClientXml xml = new ClientXml();
        xml.id = TypedText.integer(client.id().value());
        xml.name = TypedText.text(client.name());
        xml.active = TypedText.bool(client.active());
        xml.details = TypedText.text(client.fields().details());
        xml.createdAt = TypedText.datetime(client.createdAt());
        xml.updatedAt = TypedText.datetime(client.updatedAt());
        return xml;
    }
}
