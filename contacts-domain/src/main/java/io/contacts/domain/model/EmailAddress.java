package io.contacts.domain.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Value: an e-mail address, kept as written; the check is the Rails-era one, not RFC 5322. {@link #of} checks it;
 * {@link #stored} takes back what a store wrote without checking it again.
 */
public final class EmailAddress {

    private final String value;

    private EmailAddress(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static EmailAddress of(String value) {
        Objects.requireNonNull(value, "value");
        TextRules.require("Email", value);
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Email is invalid");
        }
        return new EmailAddress(value);
    }

    /** An address as a store wrote it: only the domain writes them, and it checked each on the way in. */
    public static EmailAddress stored(String value) {
        return new EmailAddress(value);
    }

    public String value() {
        return value;
    }

    /** The address, if the text is one (already stripped); empty rather than an exception otherwise. */
    public static Optional<EmailAddress> parse(String text) {
        boolean usable = TextRules.problem("Email", text).isEmpty() && isWellFormed(text);
        return usable ? Optional.of(new EmailAddress(text)) : Optional.empty();
    }

    /**
     * One {@code @} after a non-empty local part, no white space, and a domain of at least two non-empty
     * dot-separated labels: what such APIs accepted. Written out rather than as a regular expression: one pass, no
     * matcher per address.
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
        return of(value.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
