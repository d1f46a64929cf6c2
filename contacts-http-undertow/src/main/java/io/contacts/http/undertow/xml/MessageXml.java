package io.contacts.http.undertow.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Driving adapter XML shape: an error message, {@code <hash><message>…</message></hash>}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "message-hash")
public final class MessageXml {

    @XmlElement(name = "message")
    String message;

    /** For JAXB. */
    public MessageXml() {
    }

    static MessageXml of(String message) {
        MessageXml xml = new MessageXml();
        xml.message = message;
        return xml;
    }
}
