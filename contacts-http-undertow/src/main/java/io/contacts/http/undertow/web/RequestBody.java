package io.contacts.http.undertow.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Driving adapter value: a request body taken in whole — its bytes, or, for a file larger than its share of memory,
 * a temporary file, opened at once to be deleted when it is closed, whatever becomes of the request.
 */
final class RequestBody implements AutoCloseable {

    static final RequestBody EMPTY = new RequestBody(new byte[0], null, () -> { });

    private final byte[] bytes;
    private final InputStream file;
    private final Runnable release;
    private boolean closed;

    private RequestBody(byte[] bytes, InputStream file, Runnable release) {
        this.bytes = bytes;
        this.file = file;
        this.release = release;
    }

    static RequestBody of(byte[] bytes) {
        return new RequestBody(bytes, null, () -> { });
    }

    /** @param release gives back what the file held, once it is closed */
    static RequestBody spooled(Path path, Runnable release) throws IOException {
        return new RequestBody(null, Files.newInputStream(path, StandardOpenOption.DELETE_ON_CLOSE), release);
    }

    /** The bytes of a body held in memory, as every document is. */
    byte[] bytes() {
        if (bytes == null) {
            throw new IllegalStateException("this body is in a file: read its stream");
        }
        return bytes;
    }

    /** The body's bytes as a stream, read once. */
    InputStream stream() {
        return bytes != null ? new ByteArrayInputStream(bytes) : file;
    }

    /** Deletes a file body and gives back what it held; does nothing the second time. */
    @Override
    public void close() {
        if (closed || file == null) {
            return;
        }
        closed = true;
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release.run();
        }
    }
}
