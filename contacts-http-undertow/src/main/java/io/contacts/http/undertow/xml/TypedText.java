package io.contacts.http.undertow.xml;

import io.contacts.http.undertow.representation.WireValues;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

import java.time.Instant;
import java.util.Optional;

/**
 * Driving adapter XML shape: one Rails-style scalar element as written — text, an optional {@code type} attribute
 * ({@code integer}, {@code datetime}, {@code boolean}) and {@code nil="true"} for an absent value.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public final class TypedText {

    private static final String NIL = "true";

    @XmlAttribute
    String type;

    @XmlAttribute
    String nil;

    @XmlValue
    String value;

    /** For JAXB. */
    public TypedText() {
    }

    private TypedText(String type, String nil, String value) {
        this.type = type;
        this.nil = nil;
        this.value = value;
    }

    static TypedText integer(long number) {
        return new TypedText("integer", null, Long.toString(number));
    }

    static TypedText datetime(Instant instant) {
        return new TypedText("datetime", null, WireValues.timestamp(instant));
    }

    static TypedText datetime(Optional<Instant> instant) {
        return instant.map(TypedText::datetime).orElseGet(() -> new TypedText("datetime", NIL, null));
    }

    static TypedText bool(boolean flag) {
        return new TypedText("boolean", null, Boolean.toString(flag));
    }

    static TypedText text(String text) {
        return new TypedText(null, null, text);
    }

    static TypedText text(Optional<String> text) {
        return text.map(TypedText::text).orElseGet(() -> new TypedText(null, NIL, null));
    }
}
