package io.contacts.http.undertow.web;

import java.time.Duration;
import java.util.Objects;

/**
 * Driving adapter setting: how much of a request body is read (413 past it), and how long its sender may pause
 * between two pieces of it (408 past that, and the connection closed).
 */
public record BodyLimits(int maxBytes, Duration stall) {

    public BodyLimits {
        Objects.requireNonNull(stall, "stall");
        if (maxBytes < 1 || stall.isNegative() || stall.isZero()) {
            throw new IllegalArgumentException("body limits must be positive: " + maxBytes + " bytes, " + stall);
        }
    }
}
