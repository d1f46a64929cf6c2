package io.contacts.http.undertow.imports;

/**
 * Outcome: a file that cannot be imported — of a type no parser reads, not UTF-8, empty, broken, or with too many
 * entries — with the HTTP status that says so and a message for whoever sent it. Expected, so no stack trace.
 */
public final class UnreadableFileException extends RuntimeException {

    private final int status;

    UnreadableFileException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** 415 for the type, 413 for too many entries, 400 otherwise. */
    public int status() {
        return status;
    }
}
