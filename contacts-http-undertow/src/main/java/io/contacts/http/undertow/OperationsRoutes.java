package io.contacts.http.undertow;

import io.contacts.http.undertow.web.Access;
import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.Router;
import io.contacts.http.undertow.web.WireFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Driving adapter: the operations routes for probes and scrapers — no credentials, plain text, never throttled. */
public final class OperationsRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(OperationsRoutes.class);
    private static final String TEXT = "text/plain; charset=utf-8";
    /** The Prometheus text exposition format. */
    private static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

    private final BooleanSupplier ready;
    private final Supplier<String> metricsText;

    /** With what the app says of its readiness and its metrics. */
    public OperationsRoutes(BooleanSupplier ready, Supplier<String> metricsText) {
        this.ready = ready;
        this.metricsText = metricsText;
    }

    public <F extends WireFormat> void register(Router<F> router) {
        router.add("GET", "/health", Access.OPEN, this::health)
                .add("GET", "/ready", Access.OPEN, this::ready)
                .add("GET", "/metrics", Access.OPEN, this::metrics);
    }

    /** Alive: the process answers HTTP. Says nothing of the database, so a database outage restarts nothing. */
    private void health(ApiExchange<?> request) throws IOException {
        request.sendText(200, TEXT, "ok\n");
    }

    private void ready(ApiExchange<?> request) throws IOException {
        boolean isReady;
        try {
            isReady = ready.getAsBoolean();
        } catch (RuntimeException e) {
            // Probes ask every few seconds through an outage: one line each, the trace only for whoever asks.
            LOG.warn("The readiness check failed: {}", e.toString());
            LOG.debug("The readiness check failed", e);
            isReady = false;
        }
        request.sendText(isReady ? 200 : 503, TEXT, isReady ? "ready\n" : "not ready\n");
    }

    private void metrics(ApiExchange<?> request) throws IOException {
        request.sendText(200, PROMETHEUS, metricsText.get());
    }
}
