package io.contacts.app.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Test client: one raw connection that behaves as a slow or hostile client would — it sends only what it is told,
 * when it is told, and reads only when asked. {@link #notReading} makes one whose receive buffer is tiny, as a
 * client that never reads its answers leaves the server's writes blocked.
 */
final class Peer implements AutoCloseable {

    /** A guard against a server that never answers, not a measure of speed. */
    private static final int PATIENCE_MILLIS = 60_000;

    private final Socket socket;
    private final InputStream in;

    private Peer(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    static Peer connect(int port) {
        return open(port, 0);
    }

    static Peer notReading(int port) {
        return open(port, 1024);
    }

    private static Peer open(int port, int receiveBuffer) {
        try {
            Socket socket = new Socket();
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout(PATIENCE_MILLIS);
            return new Peer(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the text as ISO-8859-1 bytes; false when the server has closed the connection meanwhile. */
    boolean send(String text) {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    boolean send(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** The head of the next answer (status line and headers), or empty when the server closed without one. */
    Optional<String> head() {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b >= 0; b = in.read()) {
                head.write(b);
                if (head.size() >= 4 && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    return Optional.of(head.toString(StandardCharsets.ISO_8859_1));
                }
            }
        } catch (SocketException reset) {
            // closed with a reset: no answer
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.empty();
    }

    /** The status of an answer's head. */
    static int status(String head) {
        return Integer.parseInt(head.substring(9, 12));
    }

    static Optional<String> header(String head, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(line -> line.substring(prefix.length()).strip()).findFirst();
    }

    /** The body that follows an answer's head, by its {@code Content-Length}, as text. */
    String body(String head) {
        return body(Integer.parseInt(header(head, "Content-Length").orElseThrow()));
    }

    /** Exactly {@code length} bytes of a body, as text. */
    String body(int length) {
        try {
            return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether nothing has come back yet: no answer, not even the first byte of one, and no close. */
    boolean unanswered() {
        try {
            return in.available() == 0 && !socket.isInputShutdown();
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the server closes the connection: reads (and drops) whatever comes until it does. */
    boolean closedByServer() {
        try {
            while (in.read(new byte[8192]) >= 0) {
                // what the server still sent before closing
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
