package io.contacts.http.undertow.v1.xml;

import io.contacts.http.undertow.v1.representation.Member;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/**
 * Driving adapter schema model: one Rails-style scalar element — text, an optional {@code type} attribute
 * ({@code integer}, {@code datetime}, {@code boolean}) and {@code nil="true"} for an absent value — taken from a
 * member of the tables, so that the model holds what the wire holds.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public final class TypedText {

    @XmlAttribute
    String type;

    @XmlAttribute
    String nil;

    @XmlValue
    String value;

    /** For JAXB. */
    public TypedText() {
    }

    static <T> TypedText of(Member<T> member, T entity) {
        TypedText text = new TypedText();
        text.type = member.type().xmlType();
        text.value = member.textOf(entity);
        text.nil = text.value == null ? "true" : null;
        return text;
    }

    static TypedText plain(String value) {
        TypedText text = new TypedText();
        text.value = value;
        return text;
    }
}
