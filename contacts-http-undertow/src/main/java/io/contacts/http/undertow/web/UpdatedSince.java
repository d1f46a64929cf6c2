package io.contacts.http.undertow.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Driving adapter rule: reads the {@code updated_since} parameter in every form the contract lists — a date,
 * a date and time with a space or {@code T}, with or without seconds, and an optional {@code UTC}, {@code Z} or
 * {@code ±HH:MM} zone; no zone means UTC — and in the forms Ruby's {@code Time#to_s} and PHP's date formats give.
 */
public final class UpdatedSince {

    public static final String ACCEPTED = "updated_since must be a UTC date and time such as \"2010-09-25 18:30\";"
            + " accepted forms: YYYY-MM-DD, YYYY-MM-DD HH:MM, YYYY-MM-DD HH:MM:SS, YYYY-MM-DDTHH:MM:SS (the hour may"
            + " have one digit), each optionally followed, directly or after a space, by \"UTC\", \"Z\" or an offset"
            + " \"+HH:MM\", \"+HHMM\", \"-HH:MM\" or \"-HHMM\", e.g. \"2026-12-01 21:23:47 +0100\" (a time without a"
            + " zone is UTC; send + as %2B: an unencoded + arrives as a space, and an offset after a space with no sign"
            + " is read as positive)";

    /**
     * Date, optional time (a one-digit hour as PHP's {@code G} writes it; fractions of a second allowed), optional
     * zone, directly after or one space after (Ruby's {@code Time#to_s}). An offset's {@code +} may arrive as a
     * space, because an unencoded {@code +} in a query string means a space: an unsigned offset after one space
     * ("…:00 01:00", the {@code +} took the separator's place) or two ("…:00  0100", separator and {@code +}) is
     * positive. A regular expression rather than a {@code DateTimeFormatter}: its optional sections cannot say
     * "{@code T} or a space" nor "a sign, or a space standing for {@code +}" without accepting neither or both.
     */
    private static final Pattern FORM = Pattern.compile(
            "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})"
                    + "(?:[T ](?<hour>\\d{1,2}):(?<minute>\\d{2})"
                    + "(?::(?<second>\\d{2})(?:\\.(?<fraction>\\d{1,9}))?)?)?"
                    + "(?: ?(?:UTC|Z)"
                    + "|(?: ?(?<sign>[+-])|(?<spaces> {1,2}))(?<offsetHours>\\d{2}):?(?<offsetMinutes>\\d{2}))?",
            Pattern.CASE_INSENSITIVE);

    private UpdatedSince() {
    }

    /** Empty for a parameter not sent or sent empty; 400 naming the accepted forms for anything unreadable. */
    public static Optional<Instant> parse(Optional<String> parameter) {
        if (parameter.isEmpty() || parameter.get().isBlank()) {
            return Optional.empty();
        }
        Matcher form = FORM.matcher(parameter.get().strip());
        if (!form.matches() || mistypedTime(form)) {
            throw HttpProblem.badRequest(ACCEPTED);
        }
        try {
            LocalDate date = LocalDate.of(number(form, "year"), number(form, "month"), number(form, "day"));
            LocalTime time = form.group("hour") == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(number(form, "hour"), number(form, "minute"),
                    form.group("second") == null ? 0 : number(form, "second"), nanos(form.group("fraction")));
            return Optional.of(OffsetDateTime.of(date, time, offset(form)).toInstant());
        } catch (DateTimeException e) {
            throw HttpProblem.badRequest(ACCEPTED);
        }
    }

    /**
     * "2010-09-25  18:30" is a time typed with two spaces far more likely than midnight at +18:30 with its
     * {@code +} lost, so two spaces stand for a {@code +} only after a time; after a bare date, refuse, not guess.
     */
    private static boolean mistypedTime(Matcher form) {
        return form.group("hour") == null && "  ".equals(form.group("spaces"));
    }

    private static ZoneOffset offset(Matcher form) {
        if (form.group("offsetHours") == null) {
            return ZoneOffset.UTC;
        }
        int sign = "-".equals(form.group("sign")) ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * number(form, "offsetHours"), sign * number(form, "offsetMinutes"));
    }

    private static int number(Matcher form, String group) {
        return Integer.parseInt(form.group(group));
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return Integer.parseInt((fraction + "000000000").substring(0, 9));
    }
}
