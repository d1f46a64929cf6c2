package io.contacts.http.undertow.v1.representation;

/**
 * Driving adapter vocabulary: the kinds of scalar a document carries, each with the {@code type} attribute XML
 * gives it, Rails style, and the name of its type in docs/contacts.xsd. An optional kind may be absent: XML then
 * writes the element with {@code nil="true"}, JSON writes {@code null}.
 */
public enum WireType {
    TEXT(null, false, "Text"),
    OPTIONAL_TEXT(null, true, "NullableText"),
    /** A store's id: a positive whole number. */
    ID("integer", false, "Id"),
    /** A store's id that may not be known yet, such as a contact an import would create. */
    OPTIONAL_ID("integer", true, "NullableId"),
    INTEGER("integer", false, "Integer"),
    BOOLEAN("boolean", false, "Boolean"),
    DATETIME("datetime", false, "DateTime"),
    OPTIONAL_DATETIME("datetime", true, "NullableDateTime");

    private final String xmlType;
    private final boolean optional;
    private final String xsdType;

    WireType(String xmlType, boolean optional, String xsdType) {
        this.xmlType = xmlType;
        this.optional = optional;
        this.xsdType = xsdType;
    }

    /** The XML {@code type} attribute's value; {@code null} for text, which has none. */
    public String xmlType() {
        return xmlType;
    }

    public boolean optional() {
        return optional;
    }

    /** The name of this kind's type in docs/contacts.xsd. */
    public String xsdType() {
        return xsdType;
    }

    /** Written as a JSON number, not a string. */
    public boolean jsonNumber() {
        return this == ID || this == OPTIONAL_ID || this == INTEGER;
    }
}
