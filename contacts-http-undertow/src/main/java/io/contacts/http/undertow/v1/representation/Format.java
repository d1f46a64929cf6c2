package io.contacts.http.undertow.v1.representation;

/** Driving adapter vocabulary: the two wire formats the API speaks, XML being the default as in Harvest v1. */
public enum Format {
    XML("application/xml; charset=utf-8"),
    JSON("application/json; charset=utf-8");

    private final String contentType;

    Format(String contentType) {
        this.contentType = contentType;
    }

    /** The Content-Type of a response in this format. */
    public String contentType() {
        return contentType;
    }
}
