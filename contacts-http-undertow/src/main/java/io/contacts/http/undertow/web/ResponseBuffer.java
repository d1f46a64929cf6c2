package io.contacts.http.undertow.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Driving adapter helper: holds the start of a response body so that a failure while writing it (a database
 * gone mid-list) can still become a proper error response; once the buffer overflows the response is
 * committed and streams on. Writers' flushes are ignored, so JAXB or Jackson flushing per fragment costs
 * no network write.
 */
public final class ResponseBuffer extends OutputStream {

    static final int SIZE = 16 * 1024;
    /** Most answers are one entity of well under a kilobyte; zeroing 16 KB for each cost more than writing it. */
    private static final int FIRST_SIZE = 1024;

    private final OutputStream target;
    private byte[] buffer = new byte[FIRST_SIZE];
    private int count;
    private boolean committed;

    public ResponseBuffer(OutputStream target) {
        this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length && !grow(count + 1)) {
            drain();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.length - count && !grow(count + length)) {
            drain();
            if (length > buffer.length) {
                target.write(bytes, offset, length);
                return;
            }
        }
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    /** Ignored on purpose: bytes leave when the buffer is full or the response is finished. */
    @Override
    public void flush() {
        // see above
    }

    /** Sends what is left and ends the body. */
    public void finish() throws IOException {
        drain();
        target.close();
    }

    /** Whether bytes already left, so that the status can no longer change. */
    public boolean committed() {
        return committed;
    }

    /** Forgets what was written but not sent. */
    public void discard() {
        count = 0;
    }

    /** Makes room for {@code needed} bytes up to {@link #SIZE}; false when that is not enough. */
    private boolean grow(int needed) {
        if (buffer.length == SIZE) {
            return false;
        }
        buffer = Arrays.copyOf(buffer, Math.min(SIZE, Math.max(needed, buffer.length * 4)));
        return needed <= buffer.length;
    }

    private void drain() throws IOException {
        committed = true;
        if (count > 0) {
            target.write(buffer, 0, count);
            count = 0;
        }
    }

    @Override
    public void close() throws IOException {
        finish();
    }
}
