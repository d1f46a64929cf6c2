package io.contacts.app.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Test client for what {@code java.net.http} refuses to send — oversized or malformed heads, duplicate headers,
 * bodies far over the limit. One request per connection: the head as given, the body written from a second
 * thread while the answer is read (a server may answer and close before the body is through), then everything
 * up to the server's close.
 */
final class RawHttp {

    /** A guard against a server that never answers, not a measure of speed. */
    private static final int PATIENCE_MILLIS = 60_000;

    private RawHttp() {
    }

    /** What came back: the status (-1 when the server closed without answering), the head and the body. */
    record Answer(int status, String head, String body) {

        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip()).findFirst();
        }
    }

    /** Something that writes a request body, possibly huge, possibly cut short by the server closing. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static Answer exchange(int port, String head) {
        return exchange(port, head.getBytes(StandardCharsets.ISO_8859_1), out -> { });
    }

    /** @param head the request line and headers, with the blank line that ends them */
    static Answer exchange(int port, byte[] head, Body body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(PATIENCE_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    body.writeTo(out);
                    out.flush();
                } catch (IOException refused) {
                    // The server answered and closed before taking the whole body: what is being tested.
                }
            }, "raw-http-body");
            writer.setDaemon(true);
            writer.start();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            readUntilClosed(socket.getInputStream(), answer);
            writer.join(PATIENCE_MILLIS);
            return parse(answer.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code total} bytes of {@code fill}, in chunks as a client streaming a file would. */
    static Body repeated(byte fill, long total) {
        return out -> {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, fill);
            for (long left = total; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        };
    }

    /** The same, in HTTP/1.1 chunked transfer coding, ending with the last chunk. */
    static Body chunked(byte fill, long total) {
        return out -> {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, fill);
            for (long left = total; left > 0; left -= chunk.length) {
                int size = (int) Math.min(chunk.length, left);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        };
    }

    private static void readUntilClosed(InputStream in, ByteArrayOutputStream answer) throws IOException {
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                answer.write(buffer, 0, read);
            }
        } catch (java.net.SocketException reset) {
            // A reset after the answer arrived (the server closed with part of the body unread) ends it too.
        }
    }

    private static Answer parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        if (!response.startsWith("HTTP/1.1 ") || end < 0) {
            return new Answer(-1, response, "");
        }
        return new Answer(Integer.parseInt(response.substring(9, 12)), response.substring(0, end),
                response.substring(end + 4));
    }
}
