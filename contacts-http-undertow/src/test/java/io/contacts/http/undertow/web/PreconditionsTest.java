package io.contacts.http.undertow.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Last-Modified} dates, the IMF-fixdate of RFC 9110 for any instant a store can hold; entity-tag lists. */
class PreconditionsTest {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    @Test
    void anHttpDateIsTheFixdateOfItsSecond() {
        assertThat(Preconditions.httpDate(Instant.parse("1994-11-06T08:49:37.999Z"))).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        assertThat(Preconditions.httpDate(Instant.parse("0001-01-01T00:00:00Z"))).isEqualTo("Mon, 01 Jan 0001 00:00:00 GMT");
        assertThat(Preconditions.httpDate(Instant.parse("9999-12-31T23:59:59Z"))).isEqualTo("Fri, 31 Dec 9999 23:59:59 GMT");
    }

    @Test
    void everyInstantIsWrittenAsTheGeneralFormatterWritesIt() {
        Random random = new Random(42);
        long from = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)), random.nextInt(1_000_000_000));
            assertThat(Preconditions.httpDate(instant)).as("%s", instant).isEqualTo(IMF_FIXDATE.format(instant));
        }
    }

    @Test
    void ifNoneMatchStarMatchesAnyCurrentVersion() {
        assertThat(Preconditions.notModified("*", null, Preconditions.etag("contact", 9, 3), Instant.EPOCH)).isTrue();
    }

    @Test
    void aTagWithoutItsClosingQuoteMatchesNothing() {
        assertThat(Preconditions.notModified("\"contact-9-3", null, Preconditions.etag("contact", 9, 3), Instant.EPOCH))
                .isFalse();
    }
}
