package io.contacts.http.undertow.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Driving adapter value: what {@code GET /account/rate_limit_status} reports for one user — Harvest v1's
 * fields: the last counted request, the count in the current window, the window and the limit, and how many
 * seconds remain before a throttled user may call again (0 when not throttled).
 */
public record RateLimitStatus(Optional<Instant> lastAccessAt, int count, long timeframeSeconds, int maxCalls,
                              long lockoutSeconds) {
}
