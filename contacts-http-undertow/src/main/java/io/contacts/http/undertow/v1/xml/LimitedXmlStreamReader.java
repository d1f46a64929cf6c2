package io.contacts.http.undertow.v1.xml;

import io.contacts.http.undertow.web.HttpProblem;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Driving adapter guard: a StAX reader that refuses, as it reads, what no contact or client document needs —
 * a DOCTYPE (and with it every entity trick), deep nesting, many elements or attributes, long texts. Every
 * read goes through {@link #next()} ({@link #nextTag()} and {@link #getElementText()} included), so that no way
 * of reading escapes the limits. Its one reader is {@link XmlMembers}: request bodies are not read by JAXB.
 */
final class LimitedXmlStreamReader extends StreamReaderDelegate {

    static final int MAX_DEPTH = 32;
    static final int MAX_ELEMENTS = 1_000;
    static final int MAX_ATTRIBUTES = 16;
    static final int MAX_TEXT_CHARS = 64 * 1024;

    private int depth;
    private int elements;

    LimitedXmlStreamReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        switch (event) {
            case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION, XMLStreamConstants.NOTATION_DECLARATION ->
                    throw HttpProblem.badRequest("DOCTYPE declarations are not allowed in a request body");
            case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw HttpProblem.badRequest("Entity references are not allowed in a request body");
            case XMLStreamConstants.START_ELEMENT -> startElement();
            case XMLStreamConstants.END_ELEMENT -> depth--;
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
            default -> {
                // comments, processing instructions and the document's end carry nothing to limit
            }
        }
        return event;
    }

    /** The inherited version would bypass {@link #next()} and with it the limits. */
    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while (event == XMLStreamConstants.COMMENT || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                || ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE) && isWhiteSpace())) {
            event = next();
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw new XMLStreamException("expected a start or end tag", getLocation());
        }
        return event;
    }

    /** The inherited version would bypass {@link #next()} and with it the limits. */
    @Override
    public String getElementText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int event = next();
        while (event != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(getText());
            } else if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("expected text only", getLocation());
            }
            event = next();
        }
        return text.toString();
    }

    private void startElement() {
        depth++;
        elements++;
        if (depth > MAX_DEPTH) {
            throw HttpProblem.badRequest("The request body nests elements deeper than " + MAX_DEPTH + " levels");
        }
        if (elements > MAX_ELEMENTS) {
            throw HttpProblem.badRequest("The request body has more than " + MAX_ELEMENTS + " elements");
        }
        if (getAttributeCount() > MAX_ATTRIBUTES) {
            throw HttpProblem.badRequest("An element of the request body has more than " + MAX_ATTRIBUTES
                    + " attributes");
        }
    }

    private void text() {
        if (getTextLength() > MAX_TEXT_CHARS) {
            throw HttpProblem.badRequest("A text in the request body is longer than " + MAX_TEXT_CHARS
                    + " characters");
        }
    }
}
