package io.contacts.persistence.jooq;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Driven adapter helper: instants as {@code timestamp with time zone} values. Everything is written in
 * UTC because H2 keeps the offset it was given while PostgreSQL answers in UTC; normalising on the way in
 * makes both stores hand back the very instant that was written.
 */
final class UtcTimes {

    private UtcTimes() {
    }

    static OffsetDateTime toColumn(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant fromColumn(OffsetDateTime value) {
        return value.toInstant();
    }
}
