package io.contacts.http.undertow;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Driving adapter hooks: what the app lends the transport for its operations and discovery routes — whether the
 * service is ready ({@code GET /ready}), the metrics text ({@code GET /metrics}), the registry the request timer
 * is recorded into, and what the service says of itself ({@code GET /}, {@code GET /version}).
 */
public record Operations(BooleanSupplier ready, Supplier<String> metricsText, MeterRegistry registry,
                         ServiceInfo service) {

    public Operations {
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(metricsText, "metricsText");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(service, "service");
    }

    /** A service that knows nothing of its build ({@link ServiceInfo#unknown()}). */
    public Operations(BooleanSupplier ready, Supplier<String> metricsText, MeterRegistry registry) {
        this(ready, metricsText, registry, ServiceInfo.unknown());
    }

    /** Always ready, empty metrics text, timers kept in a private in-memory registry. */
    public static Operations none() {
        return new Operations(() -> true, () -> "", new SimpleMeterRegistry());
    }
}
