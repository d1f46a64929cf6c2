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
 * {@code ±HH:MM} zone; no zone means UTC.
 */
public final class UpdatedSince {

    public static final String ACCEPTED = "updated_since must be a UTC date and time such as \"2010-09-25 18:30\";"
            + " accepted forms: YYYY-MM-DD, YYYY-MM-DD HH:MM, YYYY-MM-DD HH:MM:SS, YYYY-MM-DDTHH:MM:SS, each"
            + " optionally followed by \" UTC\", \"Z\" or an offset \"+HH:MM\"/\"-HH:MM\" (a time without a zone is UTC)";

    /**
     * Date, optional time (fractions of a second allowed), optional zone. A zone's {@code +} may arrive as a
     * space, because an unencoded {@code +} in a query string means a space: " 02:00" after a time is "+02:00".
     */
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
                    + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?"
                    + "(?: ?(UTC|Z)|([+\\- ])(\\d{2}):?(\\d{2}))?",
            Pattern.CASE_INSENSITIVE);

    private UpdatedSince() {
    }

    /** Empty for a parameter not sent or sent empty; 400 naming the accepted forms for anything unreadable. */
    public static Optional<Instant> parse(Optional<String> parameter) {
        if (parameter.isEmpty() || parameter.get().isBlank()) {
            return Optional.empty();
        }
        Matcher form = FORM.matcher(parameter.get().strip());
        if (!form.matches()) {
            throw HttpProblem.badRequest(ACCEPTED);
        }
        try {
            LocalDate date = LocalDate.of(number(form, 1), number(form, 2), number(form, 3));
            LocalTime time = form.group(4) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(number(form, 4), number(form, 5), form.group(6) == null ? 0 : number(form, 6),
                    nanos(form.group(7)));
            return Optional.of(OffsetDateTime.of(date, time, offset(form)).toInstant());
        } catch (DateTimeException e) {
            throw HttpProblem.badRequest(ACCEPTED);
        }
    }

    private static ZoneOffset offset(Matcher form) {
        if (form.group(9) == null) {
            return ZoneOffset.UTC;
        }
        int sign = form.group(9).equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * number(form, 10), sign * number(form, 11));
    }

    private static int number(Matcher form, int group) {
        return Integer.parseInt(form.group(group));
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return Integer.parseInt((fraction + "000000000").substring(0, 9));
    }
}
