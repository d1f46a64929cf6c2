package io.contacts.http.undertow.v1.xml;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

import javax.xml.namespace.QName;
import java.util.ArrayList;
import java.util.List;

/**
 * Driving adapter schema model: any element that holds elements — an entity (its members as {@link TypedText}),
 * a {@code type="array"} list, or a {@code <hash>} or {@code <errors>} — named by whoever holds it. Its children
 * come from the tables of members, so that JAXB renders the same documents the text writer sends.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "element")
public final class EntityXml {

    @XmlAttribute
    String type;

    @XmlAnyElement(lax = true)
    List<Object> children = new ArrayList<>();

    /** For JAXB. */
    public EntityXml() {
    }

    static EntityXml array() {
        EntityXml xml = new EntityXml();
        xml.type = "array";
        return xml;
    }

    <T> EntityXml add(String name, Class<T> kind, T child) {
        children.add(new JAXBElement<>(new QName(name), kind, child));
        return this;
    }
}
