package io.contacts.domain.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The domain's sense of time, from the injected clock. Instants are kept to the microsecond, the
 * precision every supported store keeps, so that what was written is exactly what is read back.
 */
final class Timestamps {

    private static final ChronoUnit PRECISION = ChronoUnit.MICROS;

    private final Clock clock;

    Timestamps(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(PRECISION);
    }

    /**
     * The time of a change to something last changed at {@code previous}: now, but always later than
     * {@code previous}, so that {@code updated_since} sees every change even within one clock tick.
     */
    Instant after(Instant previous) {
        Instant now = now();
        return now.isAfter(previous) ? now : previous.plus(1, PRECISION);
    }
}
