package io.contacts.http.undertow;

import java.util.Objects;

/**
 * A listener the server could not open: which one ({@code http} or {@code https}), on which address and port,
 * and the system's reason (such as "Address already in use"), so that a start can say what to change.
 */
public final class ListenException extends RuntimeException {

    private final String protocol;
    private final String host;
    private final int port;
    private final String reason;

    ListenException(String protocol, String host, int port, Throwable failure) {
        super("cannot listen for " + protocol + " on " + authority(host, port) + ": " + reasonOf(failure), failure);
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.reason = reasonOf(failure);
    }

    /** {@code http} or {@code https}. */
    public String protocol() {
        return protocol;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The innermost cause's message, such as "Address already in use" or "Permission denied". */
    public String reason() {
        return reason;
    }

    /** {@code host:port}, an IPv6 address in brackets. */
    public static String authority(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static String reasonOf(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        return message == null || message.isBlank() ? innermost.getClass().getSimpleName() : message.strip();
    }
}
