package io.contacts.http.undertow.security;

import java.util.Base64;

/** Decodes base64 as Ruby's {@code Base64.decode64} does: the leniency Harvest v1 (Rails) gave Basic credentials. */
final class RubyBase64 {

    private RubyBase64() {
    }

    /**
     * Mirrors Ruby's {@code unpack1("m")}: every character outside the base64 alphabet (line breaks, spaces,
     * parentheses, '-' and '_') is skipped; padding is optional; an '=' where padding belongs — third or fourth
     * character of a group — ends the data and the rest is ignored, while an '=' elsewhere is skipped; a last lone
     * character, which holds no whole byte, is dropped. Never fails: anything decodes to some bytes, maybe none.
     */
    static byte[] decode(String text) {
        StringBuilder alphabet = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inAlphabet(c)) {
                alphabet.append(c);
            } else if (c == '=' && alphabet.length() % 4 >= 2) {
                break;
            }
        }
        if (alphabet.length() % 4 == 1) {
            alphabet.setLength(alphabet.length() - 1);
        }
        // What is left is canonical base64 without padding, which the JDK's decoder accepts as it is.
        return Base64.getDecoder().decode(alphabet.toString());
    }

    private static boolean inAlphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }
}
