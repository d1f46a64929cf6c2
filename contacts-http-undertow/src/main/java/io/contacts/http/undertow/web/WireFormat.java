package io.contacts.http.undertow.web;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Driving adapter port: one API's answers as the shared pipeline needs them — their media type, and how a refusal
 * or a failure reads ({@link ErrorResponses} decides the status and the message, the API the document).
 */
public interface WireFormat {

    /** The Content-Type of this format's bodies. */
    String contentType();

    /** The body of a refusal or failure: its message, or for a 422 every validation problem. */
    void error(ErrorResponses.Answer answer, OutputStream out) throws IOException;
}
