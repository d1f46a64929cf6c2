package io.contacts.http.undertow.web;

import io.contacts.domain.model.Field;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Driving adapter mapping shared by every format of both APIs: how values look on the wire, and how a sent scalar
 * becomes a domain {@link Field}. A {@code null} raw value means the field was sent as nil/null; absence is the
 * caller's business (it simply does not call these).
 */
public final class WireValues {

    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: ISO_INSTANT prints years outside with a sign. */
    private static final long YEAR_0 = -62_167_219_200L;
    private static final long YEAR_10000 = 253_402_300_800L;

    private WireValues() {
    }

    /** Harvest's timestamps, v1's and v2's: UTC, whole seconds, {@code Z}; the stores keep microseconds. */
    public static String timestamp(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < YEAR_0 || seconds >= YEAR_10000) {
            return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
        }
        // What ISO_INSTANT prints for four-digit years, digit by digit: every timestamp of a streamed list
        // passes here twice, and the general formatter was a tenth of the cost of writing a contact.
        LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        char[] text = new char[20];
        digits(text, 0, utc.getYear(), 4);
        text[4] = '-';
        digits(text, 5, utc.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, utc.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, utc.getHour(), 2);
        text[13] = ':';
        digits(text, 14, utc.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, utc.getSecond(), 2);
        text[19] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** A member of what a body sent: absent when not sent (an update keeps the value), else through its reader. */
    public static <T> Field<T> member(Map<String, String> sent, String name, Function<String, Field<T>> reader) {
        return sent.containsKey(name) ? reader.apply(sent.get(name)) : Field.absent();
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
