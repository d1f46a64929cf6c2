package io.contacts.http.undertow.web;

import io.undertow.util.Headers;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Driving adapter helper: what every single-resource answer shares — its validators ({@code ETag},
 * {@code Last-Modified}), the 304 decision, and the version an {@code If-Match} asks a write to find.
 */
public final class Resources {

    private Resources() {
    }

    /** Sets the validators; true when the GET may stop with the 304 this has sent. */
    public static boolean answeredNotModified(ApiExchange<?> request, String kind, long id, long version,
                                              Instant updatedAt) {
        String etag = validators(request, kind, id, version, updatedAt);
        if (Preconditions.notModified(request.header(Headers.IF_NONE_MATCH), request.header(Headers.IF_MODIFIED_SINCE),
                etag, updatedAt)) {
            request.sendEmpty(304);
            return true;
        }
        return false;
    }

    public static String validators(ApiExchange<?> request, String kind, long id, long version, Instant updatedAt) {
        String etag = Preconditions.etag(kind, id, version);
        request.responseHeader("ETag", etag);
        request.responseHeader("Last-Modified", Preconditions.httpDate(updatedAt));
        return etag;
    }

    public static OptionalLong expectedVersion(ApiExchange<?> request, String kind, long id, LongSupplier current) {
        return Preconditions.expectedVersion(request.header(Headers.IF_MATCH), kind, id, current);
    }
}
