package io.contacts.http.undertow.web;

/** Driving adapter vocabulary: whether a route reads a request body, which is then taken in before it runs. */
public enum Payload {
    /** A body sent anyway is not read; its connection is closed after the answer. */
    NONE,
    /** An XML or JSON document, taken in whole ({@code BodyReceiver}) once the request has been admitted. */
    DOCUMENT,
    /**
     * A file of a media type the route itself reads (an import's vCard or CSV), taken in whole and bounded as a
     * document is; the route, not the API, refuses its type (415).
     */
    FILE
}
