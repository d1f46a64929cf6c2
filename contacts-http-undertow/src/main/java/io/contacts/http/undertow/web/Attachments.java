package io.contacts.http.undertow.web;

import io.undertow.util.AttachmentKey;

/** Driving adapter vocabulary: what one request carries from handler to handler and to the access log. */
public final class Attachments {

    /** The request id, echoed in {@code X-Request-Id} and in every log line about the request. */
    public static final AttachmentKey<String> REQUEST_ID = AttachmentKey.create(String.class);
    /** The matched route template ({@code /contacts/{id}}), the only path that may tag a metric. */
    public static final AttachmentKey<String> ROUTE = AttachmentKey.create(String.class);
    /** The authenticated user's id, for the access log. */
    public static final AttachmentKey<Long> USER_ID = AttachmentKey.create(Long.class);

    private Attachments() {
    }
}
