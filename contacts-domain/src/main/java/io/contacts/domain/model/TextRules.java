package io.contacts.domain.model;

import java.util.Optional;

/**
 * Rules for every text the domain stores, with the messages a Rails-era API gives.
 * One source for both the validators (which collect messages) and the entities (which refuse).
 */
public final class TextRules {

    /** The contract's limit for every stored string, counted in characters (code points). */
    public static final int MAX_LENGTH = 255;

    private TextRules() {
    }

    /** The message for a required field that is missing or blank. */
    public static String blank(String label) {
        return label + " can't be blank";
    }

    /** The problem with a present, already stripped text, if it has one. */
    public static Optional<String> problem(String label, String value) {
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            return Optional.of(label + " is too long (maximum is " + MAX_LENGTH + " characters)");
        }
        if (!value.codePoints().allMatch(TextRules::isStorable)) {
            return Optional.of(label + " contains characters that are not allowed");
        }
        return Optional.empty();
    }

    /** Returns a required text unchanged, or refuses it with the message a validator would give. */
    public static String require(String label, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(blank(label));
        }
        return requireValid(label, value);
    }

    /** Returns an optional text unchanged, or refuses a present one that breaks the rules. */
    public static Optional<String> requireOptional(String label, Optional<String> value) {
        value.ifPresent(text -> require(label, text));
        return value;
    }

    private static String requireValid(String label, String value) {
        problem(label, value).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        return value;
    }

    /**
     * The characters XML 1.0 can carry: anything else (NUL, most C0 controls, lone surrogates,
     * U+FFFE/U+FFFF) could be stored but never sent back in the default representation.
     */
    private static boolean isStorable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
