package io.contacts.http.undertow.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** Driving adapter XML shape: validation failures, Rails style — {@code <errors><error>…</error>…</errors>}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "errors")
public final class ErrorsXml {

    @XmlElement(name = "error")
    List<String> errors = new ArrayList<>();

    /** For JAXB. */
    public ErrorsXml() {
    }

    static ErrorsXml of(List<String> messages) {
        ErrorsXml xml = new ErrorsXml();
        xml.errors = new ArrayList<>(messages);
        return xml;
    }
}
