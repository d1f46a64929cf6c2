package io.contacts.domain.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Value: an e-mail address, kept as written; the check is the Rails-era one, not RFC 5322. */
public record EmailAddress(String value) {

    /** One `@`, no white space, and a dot somewhere in the domain: what such APIs accepted. */
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@(?:[^@\\s.]+\\.)+[^@\\s.]+");

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

    public static boolean isWellFormed(String value) {
        return SHAPE.matcher(value).matches();
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
