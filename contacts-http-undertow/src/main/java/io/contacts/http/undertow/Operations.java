package io.contacts.http.undertow;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Driving adapter hooks: what the app lends the transport for its operations routes — whether the service
 * is ready ({@code GET /ready}), the metrics text ({@code GET /metrics}) and the registry the request timer
 * is recorded into.
 */
public record Operations(BooleanSupplier ready, Supplier<String> metricsText, MeterRegistry registry) {

    public Operations {
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(metricsText, "metricsText");
        Objects.requireNonNull(registry, "registry");
    }

    /** Always ready, empty metrics text, timers kept in a private in-memory registry. */
    public static Operations none() {
        return new Operations(() -> true, () -> "", new SimpleMeterRegistry());
    }
}
