package io.contacts.http.undertow.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The wire's timestamps are, character for character, what the JDK's ISO_INSTANT prints for the whole second. */
class WireValuesTimestampTest {

    private static String reference(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void aTimestampIsUtcToTheSecondWithAZ() {
        assertThat(WireValues.timestamp(Instant.parse("2008-04-09T18:04:45.999999999Z")))
                .isEqualTo("2008-04-09T18:04:45Z");
        assertThat(WireValues.timestamp(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(WireValues.timestamp(Instant.parse("9999-12-31T23:59:59.999Z"))).isEqualTo("9999-12-31T23:59:59Z");
    }

    @Test
    void edgesAreWrittenAsTheJdkWritesThem() {
        List<String> edges = List.of("1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
                "1970-01-01T00:00:00.000000001Z",
                "0000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "0999-12-31T23:59:59.5Z",
                "1000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z",
                "1900-02-28T23:59:59Z", "1900-03-01T00:00:00Z", "2000-02-29T12:00:00.123Z", "2000-02-29T23:59:59.999Z",
                "2000-03-01T00:00:00Z", "2004-02-29T00:00:00Z", "2100-02-28T23:59:59Z", "2100-03-01T00:00:00Z",
                "2024-02-29T23:59:59.999999Z", "2024-12-31T23:59:59.999999999Z", "2025-01-01T00:00:00Z",
                "2038-01-19T03:14:07Z", "2038-01-19T03:14:08Z", "2026-06-30T23:59:59.000001Z");
        for (String edge : edges) {
            Instant instant = Instant.parse(edge);
            assertThat(WireValues.timestamp(instant)).as(edge).isEqualTo(reference(instant));
        }
        assertThat(WireValues.timestamp(Instant.MIN)).isEqualTo(reference(Instant.MIN));
        assertThat(WireValues.timestamp(Instant.MAX)).isEqualTo(reference(Instant.MAX));
    }

    @Test
    void everyInstantIsWrittenAsTheJdkWritesIt() {
        Random random = new Random(20_080_409);
        long from = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
        long recent = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            // Half over the whole range, half over the years a store holds, with milli-, micro- and nanoseconds.
            long second = i % 2 == 0 ? from + (long) (random.nextDouble() * (to - from))
                    : recent + random.nextInt(50 * 366 * 86_400);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nanos);
            assertThat(WireValues.timestamp(instant)).as("%s", instant).isEqualTo(reference(instant));
        }
    }

    @Test
    void everySecondAroundMidnightIsWrittenAsTheJdkWritesIt() {
        for (String day : List.of("1999-12-31T23:00:00Z", "2000-02-28T23:00:00Z", "2000-02-29T23:00:00Z",
                "2023-02-28T23:00:00Z", "9999-12-31T22:00:00Z")) {
            Instant start = Instant.parse(day);
            for (int s = 0; s < 7_200; s++) {
                Instant instant = start.plusSeconds(s).plusMillis(s % 1_000);
                assertThat(WireValues.timestamp(instant)).as("%s", instant).isEqualTo(reference(instant));
            }
        }
    }
}
