package io.contacts.http.undertow;

import java.time.Duration;
import java.util.Objects;

/**
 * Driving adapter setting: what a slow or hostile peer may hold, and for how long — so that no connection keeps a
 * worker thread or a database connection hostage.
 *
 * @param bodyDeadline       a request body must have arrived whole within this; later, 408 and the connection closed
 * @param minBodyRate        bytes per second a request body must average once {@code bodyGrace} has passed (0: off)
 * @param bodyGrace          how long a body may arrive at any pace before {@code minBodyRate} applies
 * @param writeTimeout       a response the client stops reading for this long is cut
 * @param idleTimeout        a keep-alive connection with no request for this long is closed
 * @param lists              lists read at once, each on a pooled connection: keep this below the pool size
 * @param streams            lists too long to hold in memory that may stream at once, in all (fewer than
 *                           {@code lists}): each holds its place, a worker and a connection until its client has it
 * @param streamsPerUser     the same, per user
 */
public record ConnectionLimits(Duration bodyDeadline, int minBodyRate, Duration bodyGrace, Duration writeTimeout,
                               Duration idleTimeout, int lists, int streams, int streamsPerUser) {

    public ConnectionLimits {
        requirePositive(bodyDeadline, "bodyDeadline");
        Objects.requireNonNull(bodyGrace, "bodyGrace");
        requirePositive(writeTimeout, "writeTimeout");
        requirePositive(idleTimeout, "idleTimeout");
        if (minBodyRate < 0 || bodyGrace.isNegative()) {
            throw new IllegalArgumentException("minBodyRate and bodyGrace must not be negative");
        }
        if (streams < 1 || streamsPerUser < 1 || lists <= streams) {
            throw new IllegalArgumentException("streams and streamsPerUser must be at least 1, and lists more than"
                    + " streams: " + lists + ", " + streams + ", " + streamsPerUser);
        }
    }

    /**
     * Bodies whole within 30 s and at 240 bytes/s after 5 s (Kestrel's rate and grace), responses cut after 30 s
     * unread, idle connections closed after 60 s, 6 lists read at once, of them 4 long ones streamed and 2 per user
     * (of a pool of 10).
     */
    public static ConnectionLimits defaults() {
        return new ConnectionLimits(Duration.ofSeconds(30), 240, Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(60), 6, 4, 2);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be positive and below 24 days: " + value);
        }
    }
}
