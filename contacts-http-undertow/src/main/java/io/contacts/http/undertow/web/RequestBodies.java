package io.contacts.http.undertow.web;

import io.contacts.http.undertow.representation.Format;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import org.xnio.channels.StreamSourceChannel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Driving adapter guard: the one way a request body is taken in — its media type checked (415), its size capped
 * while it is read (413), and its bytes checked to be UTF-8 (400) before any parser sees them.
 */
public final class RequestBodies {

    /**
     * How much of an oversized body is still read and thrown away, as a multiple of the limit, so that the
     * client can read the 413 on a connection that stays usable; past that the connection is closed.
     */
    public static final int DRAIN_FACTOR = 8;

    private RequestBodies() {
    }

    /** The format of the request body from its Content-Type: none means XML, Harvest's default. */
    public static Format format(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Format.XML;
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].strip().split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = parameter.length == 2 ? parameter[1].strip().replace("\"", "") : "";
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw HttpProblem.unsupportedMediaType();
                }
            }
        }
        switch (mediaType) {
            case "application/xml", "text/xml":
                return Format.XML;
            case "application/json":
                return Format.JSON;
            default:
                throw HttpProblem.unsupportedMediaType();
        }
    }

    /**
     * The whole body, at most {@code limits.maxBytes()} of valid UTF-8. Read from the request channel with a timed
     * wait whenever nothing is there yet, so that a sender that pauses longer than {@code limits.stall()} frees
     * its worker (XNIO's read timeout did this with a timer set and removed around every request, bodies or not).
     */
    public static byte[] read(HttpServerExchange exchange, BodyLimits limits) throws IOException {
        int maxBytes = limits.maxBytes();
        long drainLimit = (long) maxBytes * DRAIN_FACTOR;
        long declared = exchange.getRequestContentLength();
        if (declared > drainLimit) {
            // Not worth reading: answer at once and let the connection go.
            close(exchange);
            throw HttpProblem.payloadTooLarge(maxBytes);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 && declared <= maxBytes
                ? (int) declared : 8192);
        long total;
        try {
            total = copy(exchange.getRequestChannel(), body, maxBytes, drainLimit, limits.stall().toNanos());
        } catch (RequestTooBigException e) {
            total = drainLimit + 1;
        } catch (StalledBodyException e) {
            close(exchange);
            throw HttpProblem.of(408, "The request body stopped arriving for more than "
                    + limits.stall().toSeconds() + " seconds");
        } catch (IOException e) {
            // A client that went away half-way: the connection is not worth keeping.
            close(exchange);
            throw HttpProblem.badRequest("The request body could not be read");
        }
        if (total > drainLimit) {
            close(exchange);
            throw HttpProblem.payloadTooLarge(maxBytes);
        }
        if (total > maxBytes) {
            throw HttpProblem.payloadTooLarge(maxBytes);
        }
        byte[] bytes = body.toByteArray();
        requireUtf8(bytes);
        return bytes;
    }

    /** Copies up to {@code keep} bytes, reads on to {@code drainLimit}; returns how many were read in all. */
    private static long copy(StreamSourceChannel channel, ByteArrayOutputStream body, int keep, long drainLimit,
                             long stallNanos) throws IOException {
        if (channel == null) {
            throw new IOException("the request channel was taken already");
        }
        ByteBuffer chunk = ByteBuffer.allocate(8192);
        long total = 0;
        while (total <= drainLimit) {
            int read = channel.read(chunk);
            if (read == 0) {
                read = await(channel, chunk, stallNanos);
            }
            if (read < 0) {
                break;
            }
            if (total + read <= keep) {
                body.write(chunk.array(), 0, read);
            }
            total += read;
            chunk.clear();
        }
        return total;
    }

    /** Waits for the next piece of the body and reads it; the wait may end early, the stall only at its deadline. */
    private static int await(StreamSourceChannel channel, ByteBuffer chunk, long stallNanos) throws IOException {
        long deadline = System.nanoTime() + stallNanos;
        for (long left = stallNanos; left > 0; left = deadline - System.nanoTime()) {
            channel.awaitReadable(left, TimeUnit.NANOSECONDS);
            int read = channel.read(chunk);
            if (read != 0) {
                return read;
            }
        }
        throw new StalledBodyException();
    }

    private static void close(HttpServerExchange exchange) {
        exchange.setPersistent(false);
        exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
    }

    /** The sender paused longer than the stall limit. */
    private static final class StalledBodyException extends IOException {
        StalledBodyException() {
            super("the request body stalled");
        }
    }

    private static void requireUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw HttpProblem.badRequest("The request body is not valid UTF-8");
        }
    }
}
