package io.contacts.http.undertow.web;

import io.undertow.server.HttpServerExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Driving adapter helper: a response body held in memory and handed to Undertow in one asynchronous send from the
 * I/O thread once complete, so that no worker waits for a client that reads slowly (XNIO's write timeout cuts one
 * that stops).
 * A body that outgrows {@link #IN_MEMORY} — a long list — is streamed instead, on the worker, under a
 * {@link StreamBudget} place. Until a first byte leaves, a failure can still be answered properly. Writers'
 * flushes are ignored: bytes leave when the body is complete or while it streams.
 */
final class ResponseBody extends OutputStream {

    /** Most answers are one entity of well under a kilobyte; a list of about fifty contacts still fits. */
    static final int IN_MEMORY = 32 * 1024;
    private static final int FIRST_SIZE = 1024;

    private final HttpServerExchange exchange;
    private final Supplier<StreamBudget.Place> places;
    private byte[] buffer = new byte[FIRST_SIZE];
    private int count;
    private OutputStream stream;
    private StreamBudget.Place place;
    private boolean handedOver;

    /** @param places gives the place a body needs before it may stream, or refuses with a 503 */
    ResponseBody(HttpServerExchange exchange, Supplier<StreamBudget.Place> places) {
        this.exchange = exchange;
        this.places = places;
    }

    @Override
    public void write(int b) throws IOException {
        if (stream == null && count == buffer.length && !grow(count + 1)) {
            startStreaming();
        }
        if (stream != null) {
            stream.write(b);
            return;
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (stream == null && count + length > buffer.length && !grow(count + length)) {
            startStreaming();
        }
        if (stream != null) {
            stream.write(bytes, offset, length);
            return;
        }
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    /** Ignored on purpose: see the type's comment. */
    @Override
    public void flush() {
        // see above
    }

    /** Ends the body: sends what is held in memory, or ends the stream. */
    void finish() throws IOException {
        if (stream == null) {
            handedOver = true;
            ByteBuffer body = ByteBuffer.wrap(buffer, 0, count);
            // Sets the Content-Length, writes what the socket takes, the rest when it takes more, then ends.
            onIoThread(exchange, () -> exchange.getResponseSender().send(body));
            return;
        }
        try {
            stream.close();
            handedOver = true;
        } finally {
            release();
        }
    }

    /**
     * Runs a response's last step — its send, or its end — on the connection's I/O thread, after the worker's call
     * returns. Ended on a worker, an exchange re-arms its connection there while Undertow's read listener spins on
     * the I/O thread until it is done (HttpReadListener.handleEvent), and the next request is often there already:
     * on two cores that spin was most of the I/O threads' CPU, a quarter of a GET's and two fifths of a PUT's
     * (docs/performance.md).
     */
    static void onIoThread(HttpServerExchange exchange, Runnable lastStep) {
        if (exchange.isInIoThread()) {
            lastStep.run();
        } else {
            exchange.dispatch(exchange.getIoThread(), lastStep);
        }
    }

    /** Whether bytes may have left, so that the status can no longer change. */
    boolean committed() {
        return stream != null;
    }

    /** Whether the whole body was handed to Undertow: nothing about this response is left to do. */
    boolean handedOver() {
        return handedOver;
    }

    /** Forgets what is held and gives back a place: the response is being replaced or abandoned. */
    void discard() {
        count = 0;
        release();
    }

    @Override
    public void close() throws IOException {
        finish();
    }

    private void startStreaming() throws IOException {
        place = places.get();
        exchange.startBlocking();
        stream = exchange.getOutputStream();
        stream.write(buffer, 0, count);
        count = 0;
    }

    private void release() {
        if (place != null) {
            place.close();
            place = null;
        }
    }

    /** Makes room for {@code needed} bytes up to {@link #IN_MEMORY}; false when that is not enough. */
    private boolean grow(int needed) {
        if (needed > IN_MEMORY) {
            return false;
        }
        buffer = Arrays.copyOf(buffer, Math.min(IN_MEMORY, Math.max(needed, buffer.length * 4)));
        return true;
    }
}
