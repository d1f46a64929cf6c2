package io.contacts.http.undertow.web;

import java.nio.ByteBuffer;

/**
 * Driving adapter rule: the chunked transfer coding of RFC 9112 §7.1, checked byte by byte as the bytes arrive —
 * hexadecimal sizes, extensions after {@code ;}, CRLF and only CRLF after every size line and every chunk's data,
 * trailer fields, and the empty line that ends the body. Where two parsers read framing differently, requests can
 * be smuggled past the one in front, so nothing lenient is accepted.
 */
final class ChunkGrammar {

    /** 15 hexadecimal digits keep a size within a long; no body we accept comes near it. */
    private static final int MAX_SIZE_DIGITS = 15;

    private enum State {
        SIZE_START, SIZE, SPACE_BEFORE_EXTENSION, EXTENSION, SIZE_LINE_END, DATA, DATA_CR, DATA_LF,
        TRAILER_START, TRAILER_NAME, TRAILER_VALUE, TRAILER_LINE_END, LAST_LINE_END, DONE, BROKEN
    }

    private State state = State.SIZE_START;
    private long remaining;
    private int digits;

    /** Reads the bytes from the buffer's position to its limit; false once the framing is broken. */
    boolean accept(ByteBuffer bytes) {
        while (bytes.hasRemaining() && state != State.DONE && state != State.BROKEN) {
            if (state == State.DATA) {
                int skipped = (int) Math.min(remaining, bytes.remaining());
                bytes.position(bytes.position() + skipped);
                remaining -= skipped;
                if (remaining == 0) {
                    state = State.DATA_CR;
                }
            } else {
                state = next(bytes.get() & 0xff);
            }
        }
        return state != State.BROKEN;
    }

    /** Whether the body ended as the grammar says it must (bytes after that end are another request's). */
    boolean complete() {
        return state == State.DONE;
    }

    private State next(int b) {
        return switch (state) {
            case SIZE_START -> hex(b) >= 0 ? size(b) : State.BROKEN;
            case SIZE -> hex(b) >= 0 ? size(b) : afterSize(b);
            case SPACE_BEFORE_EXTENSION -> b == ' ' || b == '\t' ? state : b == ';' ? State.EXTENSION : State.BROKEN;
            case EXTENSION -> b == '\r' ? State.SIZE_LINE_END : fieldText(b) ? state : State.BROKEN;
            case SIZE_LINE_END -> b != '\n' ? State.BROKEN : remaining == 0 ? State.TRAILER_START : State.DATA;
            case DATA_CR -> b == '\r' ? State.DATA_LF : State.BROKEN;
            case DATA_LF -> b == '\n' ? State.SIZE_START : State.BROKEN;
            case TRAILER_START -> b == '\r' ? State.LAST_LINE_END : token(b) ? State.TRAILER_NAME : State.BROKEN;
            case TRAILER_NAME -> b == ':' ? State.TRAILER_VALUE : token(b) ? state : State.BROKEN;
            case TRAILER_VALUE -> b == '\r' ? State.TRAILER_LINE_END : fieldText(b) ? state : State.BROKEN;
            case TRAILER_LINE_END -> b == '\n' ? State.TRAILER_START : State.BROKEN;
            case LAST_LINE_END -> b == '\n' ? State.DONE : State.BROKEN;
            default -> State.BROKEN;
        };
    }

    private State size(int b) {
        if (++digits > MAX_SIZE_DIGITS) {
            return State.BROKEN;
        }
        remaining = remaining * 16 + hex(b);
        return State.SIZE;
    }

    private State afterSize(int b) {
        digits = 0;
        return switch (b) {
            case '\r' -> State.SIZE_LINE_END;
            case ';' -> State.EXTENSION;
            case ' ', '\t' -> State.SPACE_BEFORE_EXTENSION;
            default -> State.BROKEN;
        };
    }

    /** The value of a hexadecimal digit, or -1: only ASCII's, whatever else {@code Character.digit} knows. */
    private static int hex(int b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        int lower = b | 0x20;
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    /** A field's text: visible characters, space, tab and bytes of other encodings; never CR, LF or NUL. */
    private static boolean fieldText(int b) {
        return b == ' ' || b == '\t' || b > 0x20 && b != 0x7f;
    }

    /** RFC 9110's tchar: the characters of a field name. */
    private static boolean token(int b) {
        return b > 0x20 && b < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(b) < 0;
    }
}
