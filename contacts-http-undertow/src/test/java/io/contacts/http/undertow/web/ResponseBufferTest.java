package io.contacts.http.undertow.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A response body is held back until it passes 16 KB, then streams; what leaves is what was written, in order. */
class ResponseBufferTest {

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final ResponseBuffer buffer = new ResponseBuffer(sent);

    @Test
    void aBodyUnderTheLimitLeavesWholeWhenFinishedAndCanBeForgottenBefore() throws IOException {
        byte[] body = random(ResponseBuffer.SIZE);
        write(body, 1, 700, 3000, 5000);

        assertThat(buffer.committed()).isFalse();
        assertThat(sent.size()).isZero();
        buffer.finish();
        assertThat(sent.toByteArray()).isEqualTo(body);

        ResponseBuffer other = new ResponseBuffer(sent);
        other.write(random(2000));
        other.discard();
        other.finish();
        assertThat(sent.toByteArray()).as("a discarded start never leaves").isEqualTo(body);
    }

    @Test
    void aLargerBodyIsCommittedOnceItOverflowsAndArrivesInOrder() throws IOException {
        byte[] body = random(100_000);
        write(body, 1, 1023, 1025, 40_000, 7);

        assertThat(buffer.committed()).isTrue();
        buffer.finish();
        assertThat(sent.toByteArray()).isEqualTo(body);
    }

    /** Writes the body in pieces of the given sizes, cycling through them; a size of 1 goes byte by byte. */
    private void write(byte[] body, int... sizes) throws IOException {
        int at = 0;
        for (int i = 0; at < body.length; i++) {
            int size = Math.min(sizes[i % sizes.length], body.length - at);
            if (size == 1) {
                buffer.write(body[at]);
            } else {
                buffer.write(body, at, size);
            }
            at += size;
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
