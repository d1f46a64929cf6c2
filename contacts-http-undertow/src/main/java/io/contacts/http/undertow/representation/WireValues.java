package io.contacts.http.undertow.representation;

import io.contacts.domain.model.Field;
import io.contacts.http.undertow.web.HttpProblem;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Driving adapter mapping shared by both formats: how values look on the wire, and how a sent scalar becomes
 * a domain {@link Field}. A {@code null} raw value means the field was sent as nil/null; absence is the caller's
 * business (it simply does not call these).
 */
public final class WireValues {

    private WireValues() {
    }

    /** Harvest v1 timestamps: UTC, whole seconds, {@code Z} — the stores keep microseconds, the wire does not. */
    public static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A sent text: nil clears it; the domain strips it and treats an empty one as cleared. */
    public static Field<String> text(String raw) {
        return raw == null ? Field.blank() : Field.of(raw);
    }

    /** A sent integer: nil or empty clears it; anything but a whole number in range is a malformed request. */
    public static Field<Long> integer(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return Field.blank();
        }
        try {
            return Field.of(Long.parseLong(raw.strip()));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest(name + " must be an integer");
        }
    }

    /** A sent boolean, as Rails read them: true/false or 1/0; nil or empty leaves the decision to the domain. */
    public static Field<Boolean> bool(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return Field.blank();
        }
        switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1":
                return Field.of(true);
            case "false", "0":
                return Field.of(false);
            default:
                throw HttpProblem.badRequest(name + " must be true or false");
        }
    }
}
