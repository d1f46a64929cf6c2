package io.contacts.http.undertow.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Driving adapter guard: what a request body must be before any parser sees it — of a media type the API reads
 * (415), and UTF-8 (400). {@link BodyReceiver} takes it in, each API's routes read it.
 */
public final class RequestBodies {

    /**
     * How much of an oversized body is still read and thrown away, as a multiple of the limit, so that the
     * client can read the 413 on a connection that stays usable; past that the connection is closed.
     */
    public static final int DRAIN_FACTOR = 8;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private RequestBodies() {
    }

    /**
     * The media type of a request body, lower-case and without parameters; {@code null} when none is declared. A
     * charset other than UTF-8 is refused here (415), for every API.
     */
    public static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        charset(contentType).ifPresent(charset -> {
            if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                throw HttpProblem.of(415, "Unsupported media type: request bodies must be UTF-8");
            }
        });
        return type(contentType);
    }

    /** A Content-Type's media type, lower-case and without parameters; empty when there is none. */
    public static String type(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The {@code charset} parameter of a Content-Type, without quotes; empty when it names none. Not Undertow's
     * {@code Headers.extractQuotedValueFromHeader}: it matches the name case-sensitively, and a parameter's name is
     * case-insensitive (RFC 9110, 8.3.1), so {@code Charset=windows-1252} would go unread.
     */
    public static Optional<String> charset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].strip().split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")) {
                return Optional.of(parameter.length == 2 ? parameter[1].strip().replace("\"", "") : "");
            }
        }
        return Optional.empty();
    }

    /**
     * The body's text: its bytes must be UTF-8 (400 otherwise), and a byte order mark before the document is not
     * part of it.
     */
    public static String text(byte[] bytes) {
        try {
            CharBuffer text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes));
            if (text.hasRemaining() && text.charAt(0) == BYTE_ORDER_MARK) {
                text.position(1);
            }
            return text.toString();
        } catch (CharacterCodingException e) {
            throw HttpProblem.badRequest("The request body is not valid UTF-8");
        }
    }

    /**
     * The stream's text in a charset, read as it is needed, without a leading byte order mark. Bytes not valid in
     * the charset make a read throw a {@link CharacterCodingException}.
     */
    public static Reader reader(InputStream bytes, Charset charset) throws IOException {
        PushbackReader text = new PushbackReader(new BufferedReader(new InputStreamReader(bytes, strict(charset))));
        int first = text.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            text.unread(first);
        }
        return text;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
