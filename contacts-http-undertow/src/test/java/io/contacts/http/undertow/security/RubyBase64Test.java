package io.contacts.http.undertow.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Ruby's {@code Base64.decode64} makes of a text, and so what Harvest v1 (Rails) read from a Basic credential.
 * Every expectation below is Ruby 3.1's answer to the same input ({@code \n} and {@code \r} stand for line breaks).
 */
class RubyBase64Test {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "(YWRtaW5AZXhhbXBsZS5jb206U2VjcmV0LTQ3MTEteHl6) | admin@example.com:Secret-4711-xyz",
        "YWRtaW5AZXhhbXBsZS5jb206U2VjcmV0LTQ3MTEteHl6   | admin@example.com:Secret-4711-xyz",
        "dXNlcjpwdw==        | user:pw",
        "dXNlcjpwdw          | user:pw",
        "dXNlcjpwdw=         | user:pw",
        "dXNlcjpw\\ndw==     | user:pw",
        "dXNl\\r\\ncjpwdw==\\n | user:pw",
        "'dXNl cjpw dw=='    | user:pw",
        "\"dXNlcjpwdw==\"    | user:pw",
        "dXNlcjpwdw==garbage | user:pw",
        "YQ==YWJj            | a",
        "YW=Jj               | a",
        "=YWJj               | abc",
        "Y=WJj               | abc",
        "YWJj=YWJj           | abcabc",
        "YWJjYQ              | abca",
        "YWJjY               | abc",
        "YR                  | a",
        "-_-_                | ''",
        "()                  | ''",
        "====                | ''",
    })
    void decodesAsRubyDoes(String text, String expected) {
        String input = text.replace("\\n", "\n").replace("\\r", "\r");

        assertThat(new String(RubyBase64.decode(input), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dXNlcjpwdwgarbage | 75 73 65 72 3a 70 77 08 1a ad b6 a0",
        "!!!notbase64!!!   | 9e 8b 5b 6a c7 ba",
    })
    void alphabetCharactersAfterTheDataAreDecodedToo(String text, String hexBytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : RubyBase64.decode(text)) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02x", b));
        }

        assertThat(hex.toString()).isEqualTo(hexBytes);
    }
}
