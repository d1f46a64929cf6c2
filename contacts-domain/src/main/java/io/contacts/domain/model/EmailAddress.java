package io.contacts.domain.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Value: an e-mail address, kept as written; the check is the Rails-era one, not RFC 5322. */
public record EmailAddress(String value) {

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        TextRules.require("Email", value);
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Email is invalid");
        }
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    /** The address, if the text is one (already stripped); empty rather than an exception otherwise. */
    public static Optional<EmailAddress> parse(String text) {
        boolean usable = TextRules.problem("Email", text).isEmpty() && isWellFormed(text);
        return usable ? Optional.of(new EmailAddress(text)) : Optional.empty();
    }

    /**
     * One {@code @} after a non-empty local part, no white space, and a domain of at least two non-empty
     * dot-separated labels: what such APIs accepted. Written out rather than as a regular expression, as every
     * contact a store reads back is checked again.
     */
    public static boolean isWellFormed(String value) {
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@')) {
            return false;
        }
        int dots = 0;
        char previous = '@';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
                return false;
            }
            if (i > at && c == '.') {
                if (previous == '.' || previous == '@') {
                    return false;
                }
                dots++;
            }
            previous = c;
        }
        return dots > 0 && previous != '.';
    }

    /** The form used to recognise a login: addresses differ only by case are the same person. */
    public EmailAddress lowerCased() {
        return new EmailAddress(value.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
