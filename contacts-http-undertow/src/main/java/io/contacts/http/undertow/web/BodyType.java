package io.contacts.http.undertow.web;

import io.contacts.http.undertow.representation.Format;

/** Driving adapter vocabulary: the kinds of request body the API reads — a document, or Rails parameters. */
enum BodyType {
    XML(Format.XML),
    JSON(Format.JSON),
    /** {@code application/x-www-form-urlencoded}: {@code contact[first_name]=Jane&…}, read by {@link RailsParameters}. */
    FORM(null);

    private final Format document;

    BodyType(Format document) {
        this.document = document;
    }

    /** The representation that reads a document of this type; {@code null} for a form. */
    Format document() {
        return document;
    }
}
