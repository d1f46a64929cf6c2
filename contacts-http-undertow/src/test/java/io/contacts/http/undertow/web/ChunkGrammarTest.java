package io.contacts.http.undertow.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunked bodies as RFC 9112 §7.1 frames them are read to their end, however the bytes are split on the way;
 * anything a lenient parser would read differently is broken at the first byte that does not fit.
 */
class ChunkGrammarTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "5\r\nhello\r\n0\r\n\r\n",
            "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
            "A\r\n0123456789\r\n0\r\n\r\n",
            "a;name=value\r\n0123456789\r\n0\r\n\r\n",
            "5 ;ext\r\nhello\r\n000\r\n\r\n",
            "5\r\nhello\r\n0\r\nExpires: never\r\nX-Trailer:\tvalue\r\n\r\n",
            "0\r\n\r\n"})
    void aWellFramedBodyIsReadToItsEndWhateverTheSplit(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        for (int split = 0; split <= bytes.length; split++) {
            ChunkGrammar grammar = new ChunkGrammar();

            boolean intact = grammar.accept(ByteBuffer.wrap(bytes, 0, split))
                    && grammar.accept(ByteBuffer.wrap(bytes, split, bytes.length - split));

            assertThat(intact).as("split at %d", split).isTrue();
            assertThat(grammar.complete()).as("split at %d", split).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "5\r\nhelloXX\r\n0\r\n\r\n",
            "5\r\nhello0\r\n\r\n",
            "5\r\nhello\n0\r\n\r\n",
            "5\nhello\r\n0\r\n\r\n",
            "5\r\nhello\r\n0\n\n",
            "5\r\nhello\r\n0\r\n\n",
            "\r\nhello\r\n0\r\n\r\n",
            "g\r\nhello\r\n0\r\n\r\n",
            "+5\r\nhello\r\n0\r\n\r\n",
            "5 \r\nhello\r\n0\r\n\r\n",
            "5;ext\nhello\r\n0\r\n\r\n",
            "5;a\u0000b\r\nhello\r\n0\r\n\r\n",
            "5\rhello\r\n0\r\n\r\n",
            "1000000000000000\r\n",
            "5\r\nhello\r\n0\r\nNo colon here\r\n\r\n",
            "5\r\nhello\r\n0\r\nBad Name: x\r\n\r\n",
            "5\r\nhello\r\n0\r\nName: x\n\r\n"})
    void aBodyFramedOtherwiseIsBroken(String body) {
        ChunkGrammar grammar = new ChunkGrammar();

        boolean intact = grammar.accept(ByteBuffer.wrap(body.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(intact).isFalse();
        assertThat(grammar.complete()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5\r\nhel", "5\r\nhello\r\n", "5\r\nhello\r\n0\r\n", "5\r\nhello\r\n0\r\nName: x\r\n"})
    void aBodyCutShortIsNotBrokenButNotComplete(String body) {
        ChunkGrammar grammar = new ChunkGrammar();

        assertThat(grammar.accept(ByteBuffer.wrap(body.getBytes(StandardCharsets.ISO_8859_1)))).isTrue();
        assertThat(grammar.complete()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /contacts HTTP/1.1\r\n\r\n", "garbage that is not looked at"})
    void bytesAfterTheEndBelongToTheNextRequestAndAreNotRead(String next) {
        ChunkGrammar grammar = new ChunkGrammar();
        ByteBuffer bytes = ByteBuffer.wrap(("3\r\nabc\r\n0\r\n\r\n" + next).getBytes(StandardCharsets.ISO_8859_1));

        assertThat(grammar.accept(bytes)).isTrue();
        assertThat(grammar.complete()).isTrue();
        assertThat(bytes.remaining()).isEqualTo(next.length());
    }
}
