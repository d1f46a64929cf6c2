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
        // Every row a store reads back is checked here too, so the common text — no control character, nothing
        // from U+D800 up — takes one loop of two comparisons per char, where each char is one character.
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0xD800) {
                return problemOfRare(label, value);
            }
        }
        return value.length() > MAX_LENGTH ? Optional.of(tooLong(label)) : Optional.empty();
    }

    /** Returns a required text unchanged, or refuses it with the message a validator would give. */
    public static String require(String label, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(blank(label));
        }
        Optional<String> problem = problem(label, value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return value;
    }

    /** Returns an optional text unchanged, or refuses a present one that breaks the rules. */
    public static Optional<String> requireOptional(String label, Optional<String> value) {
        if (value.isPresent()) {
            require(label, value.get());
        }
        return value;
    }

    /** {@link #problem} for a text with a control character or a char from U+D800 up: surrogates count as one. */
    private static Optional<String> problemOfRare(String label, String value) {
        int characters = 0;
        boolean storable = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a pair is one character, and every supplementary character is storable
            } else if (!isStorable(c)) {
                storable = false;
            }
            characters++;
        }
        if (characters > MAX_LENGTH) {
            return Optional.of(tooLong(label));
        }
        if (!storable) {
            return Optional.of(label + " contains characters that are not allowed");
        }
        return Optional.empty();
    }

    private static String tooLong(String label) {
        return label + " is too long (maximum is " + MAX_LENGTH + " characters)";
    }

    /**
     * The characters of the Basic Multilingual Plane XML 1.0 can carry: anything else (NUL, most C0 controls,
     * lone surrogates, U+FFFE/U+FFFF) could be stored but never sent back in the default representation.
     */
    private static boolean isStorable(char c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }
}
