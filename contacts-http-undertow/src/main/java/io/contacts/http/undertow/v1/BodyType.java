package io.contacts.http.undertow.v1;

import io.contacts.http.undertow.v1.representation.Format;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.RequestBodies;

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

    static final String ACCEPTED = "application/xml, text/xml, application/json or application/x-www-form-urlencoded";

    /** The kind of a request body from its Content-Type: none means XML, Harvest v1's default; others are 415. */
    static BodyType of(String contentType) {
        String mediaType = RequestBodies.mediaType(contentType);
        if (mediaType == null) {
            return XML;
        }
        switch (mediaType) {
            case "application/xml", "text/xml":
                return XML;
            case "application/json":
                return JSON;
            case "application/x-www-form-urlencoded":
                return FORM;
            default:
                throw HttpProblem.unsupportedMediaType(ACCEPTED);
        }
    }

    /** The representation that reads a document of this type; {@code null} for a form. */
    Format document() {
        return document;
    }
}
