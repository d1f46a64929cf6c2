package io.contacts.app.reliability;

import io.contacts.app.ApiClient;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: what the service's own {@code /metrics} says of its database pool. */
final class Metrics {

    private static final Pattern ACTIVE = Pattern.compile("(?m)^hikaricp_connections_active\\{[^}]*} ([0-9.]+)$");

    private Metrics() {
    }

    /** Pooled connections lent out right now. */
    static int poolActive(Service service) {
        String text = ApiClient.anonymous(service.port()).get("/metrics").body();
        Matcher active = ACTIVE.matcher(text);
        assertThat(active.find()).as("the pool's gauge in /metrics").isTrue();
        return (int) Double.parseDouble(active.group(1));
    }

    /** Waits for every pooled connection to be back in the pool; fails when {@code patience} runs out first. */
    static void awaitPoolIdle(Service service, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (poolActive(service) > 0) {
            assertThat(System.nanoTime()).as("the pool idle within %s", patience).isLessThan(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
