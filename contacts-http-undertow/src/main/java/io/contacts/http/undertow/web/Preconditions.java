package io.contacts.http.undertow.web;

import io.undertow.util.DateUtils;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Driving adapter rule: conditional requests on single resources. The entity tag names the resource and its
 * version ({@code "contact-9-3"}), so it changes with every write whatever the format; {@code If-None-Match}
 * and {@code If-Modified-Since} give 304, an {@code If-Match} that names another version gives 412.
 */
public final class Preconditions {

    private static final Pattern TAG = Pattern.compile("(W/)?\"([^\"]*)\"|\\*");
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private Preconditions() {
    }

    public static String etag(String kind, long id, long version) {
        return "\"" + kind + "-" + id + "-" + version + "\"";
    }

    /** An IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}), as {@code Last-Modified} carries it. */
    public static String httpDate(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (utc.getYear() < 1 || utc.getYear() > 9999) {
            return HTTP_DATE.format(instant);
        }
        // What HTTP_DATE prints, digit by digit: every answer with one resource carries one, and the general
        // formatter was the most expensive part of a GET's headers.
        StringBuilder text = new StringBuilder(29)
                .append(DAYS[utc.getDayOfWeek().ordinal()]).append(", ");
        twoDigits(text, utc.getDayOfMonth()).append(' ').append(MONTHS[utc.getMonthValue() - 1]).append(' ');
        twoDigits(twoDigits(text, utc.getYear() / 100), utc.getYear() % 100).append(' ');
        twoDigits(text, utc.getHour()).append(':');
        twoDigits(text, utc.getMinute()).append(':');
        return twoDigits(text, utc.getSecond()).append(" GMT").toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** Whether a GET may answer 304: {@code If-None-Match} decides when sent, else {@code If-Modified-Since}. */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant updatedAt) {
        if (ifNoneMatch != null) {
            // Weak comparison, as RFC 9110 asks for If-None-Match.
            for (Tag tag : tags(ifNoneMatch)) {
                if (tag.any() || tag.opaque().equals(etag.substring(1, etag.length() - 1))) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null) {
            Date since = DateUtils.parseDate(ifModifiedSince);
            return since != null && !updatedAt.truncatedTo(ChronoUnit.SECONDS).isAfter(since.toInstant());
        }
        return false;
    }

    /**
     * The version a write must find, from {@code If-Match}: none when the header is absent or {@code *};
     * a 412 when no listed tag is a current tag of this resource.
     *
     * @param current the resource's current version, asked only when several of its versions are listed
     */
    public static OptionalLong expectedVersion(String ifMatch, String kind, long id, LongSupplier current) {
        if (ifMatch == null) {
            return OptionalLong.empty();
        }
        List<Long> versions = new ArrayList<>();
        String mine = kind + "-" + id + "-";
        for (Tag tag : tags(ifMatch)) {
            if (tag.any()) {
                return OptionalLong.empty();
            }
            // Strong comparison, as RFC 9110 asks for If-Match: a weak tag never matches.
            if (!tag.weak() && isVersionOf(tag.opaque(), mine)) {
                versions.add(Long.parseLong(tag.opaque(), mine.length(), tag.opaque().length(), 10));
            }
        }
        if (versions.size() == 1) {
            return OptionalLong.of(versions.get(0));
        }
        if (versions.size() > 1) {
            long now = current.getAsLong();
            if (versions.contains(now)) {
                return OptionalLong.of(now);
            }
        }
        throw HttpProblem.preconditionFailed("The " + kind + " has changed since you read it (If-Match does not"
                + " match its current ETag); nothing was changed");
    }

    /** Whether {@code opaque} is {@code prefix} and then 1 to 18 ASCII digits: a version that fits a long. */
    private static boolean isVersionOf(String opaque, String prefix) {
        int digits = opaque.length() - prefix.length();
        if (digits < 1 || digits > 18 || !opaque.startsWith(prefix)) {
            return false;
        }
        for (int i = prefix.length(); i < opaque.length(); i++) {
            if (opaque.charAt(i) < '0' || opaque.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static List<Tag> tags(String header) {
        List<Tag> tags = new ArrayList<>();
        Matcher matcher = TAG.matcher(header);
        while (matcher.find()) {
            tags.add(matcher.group().equals("*") ? new Tag(true, false, "")
                    : new Tag(false, matcher.group(1) != null, matcher.group(2)));
        }
        return tags;
    }

    /** One entity tag of a conditional header, or {@code *}. */
    private record Tag(boolean any, boolean weak, String opaque) {
    }
}
