package io.contacts.http.undertow;

import io.contacts.domain.port.in.UseCases;
import io.contacts.http.undertow.security.Authenticator;
import io.contacts.http.undertow.security.RateLimiter;
import io.contacts.http.undertow.v1.AccountRoutes;
import io.contacts.http.undertow.v1.ClientRoutes;
import io.contacts.http.undertow.v1.ContactRoutes;
import io.contacts.http.undertow.v1.HarvestV1;
import io.contacts.http.undertow.v1.ImportRoutes;
import io.contacts.http.undertow.v1.RequestDocuments;
import io.contacts.http.undertow.v1.json.JsonRepresentation;
import io.contacts.http.undertow.v1.representation.Format;
import io.contacts.http.undertow.v1.representation.Representation;
import io.contacts.http.undertow.v1.xml.XmlRepresentation;
import io.contacts.http.undertow.v2.HarvestV2Api;
import io.contacts.http.undertow.web.ApiHandler;
import io.contacts.http.undertow.web.Budgets;
import io.contacts.http.undertow.web.Router;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.HttpContinueReadHandler;
import io.undertow.server.handlers.PathHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.Options;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Driving adapter: the Client Contacts API on Undertow, as Harvest v1 and v2 — the only type the app needs. Everything
 * HTTP lives behind it: routes, representations, security, operations and discovery routes, access log, TLS and
 * graceful stop.
 */
public final class ContactsHttpServer {

    /**
     * The SLF4J logger of the access log: one line per request, at INFO, its parts also in the MDC while it is
     * logged ({@code request_id}, {@code method}, {@code path}, {@code status}, {@code duration_ms}, and {@code user}
     * when signed in) for a structured log to carry as fields.
     */
    public static final String ACCESS_LOG = "io.contacts.http.access";

    private static final Logger LOG = LoggerFactory.getLogger(ContactsHttpServer.class);

    /** Headers beyond this are refused: real clients send a few hundred bytes. */
    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int MAX_HEADERS = 100;
    static final int MAX_QUERY_PARAMETERS = 100;
    /** A client must send its whole request head within this, so that slow-header attacks hold no connection long. */
    static final int REQUEST_PARSE_TIMEOUT_MILLIS = 10_000;

    static final int WORKER_SHUTDOWN_MILLIS = 1_000;

    /**
     * Undertow's own size for a heap of 128 MiB or more, one TCP write's worth. It picks its buffers by the heap,
     * and under 64 MiB (the README's {@code -Xmx64m}) takes 512-byte heap buffers: a streamed list then goes out in
     * 512-byte pieces and costs about a third more CPU per row (docs/performance.md). Four kept per thread.
     */
    static final int BUFFER_BYTES = 16 * 1024 - 20;

    private final HttpSettings settings;
    private final Budgets budgets;
    private final GracefulShutdownHandler graceful;
    private final HttpHandler root;
    private Undertow undertow;
    private int httpPort;
    private OptionalInt httpsPort = OptionalInt.empty();

    public ContactsHttpServer(UseCases useCases, HttpSettings settings, Operations operations) {
        this(useCases, settings, operations, Clock.systemUTC());
    }

    /** With the clock the rate limit reads: tests move it by hand. */
    ContactsHttpServer(UseCases useCases, HttpSettings settings, Operations operations, Clock clock) {
        Objects.requireNonNull(useCases, "useCases");
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(operations, "operations");
        RateLimiter rateLimiter = new RateLimiter(settings.rateLimit().enabled(), settings.rateLimit().maxCalls(),
                settings.rateLimit().window(), clock, useCases.countRequests());
        Authenticator authenticator = new Authenticator(useCases.authenticate(),
                settings.rateLimit().throttledStatus());
        this.budgets = RequestBudgets.of(settings);
        Map<Format, Representation> v1Formats = Map.of(Format.XML, new XmlRepresentation(),
                Format.JSON, new JsonRepresentation(settings.maxBodyBytes()));
        HttpHandler v1 = new ApiHandler<>(v1Routes(useCases, rateLimiter, operations, v1Formats, settings.imports()),
                new HarvestV1(v1Formats, authenticator, settings.rateLimit().throttledStatus()), rateLimiter, budgets);
        // Two APIs on the same use cases, credentials, rate limit and budgets; under /v2 it is v2 that answers.
        HttpHandler v2 = HarvestV2Api.handler(useCases, authenticator, rateLimiter, budgets);
        PathHandler api = new PathHandler(v1);
        HarvestV2Api.MOUNTS.forEach(mount -> api.addPrefixPath(mount, v2));
        // 100-continue is sent when the body is first read, so a client that asked for it learns early whether its
        // request is accepted, and one refused beforehand (401, 413, 415) never sends the body.
        this.graceful = new GracefulShutdownHandler(new HttpContinueReadHandler(api));
        this.root = new ObservedHandler(graceful, operations.registry());
    }

    private static Router<Representation> v1Routes(UseCases useCases, RateLimiter rateLimiter, Operations operations,
                                                   Map<Format, Representation> formats, ImportLimits imports) {
        Router<Representation> router = new Router<>();
        RequestDocuments documents = new RequestDocuments(formats);
        new ContactRoutes(useCases.listContacts(), useCases.listClients(), useCases.getContact(),
                useCases.createContact(), useCases.updateContact(), useCases.deleteContact(), documents)
                .register(router);
        new ClientRoutes(useCases.listClients(), useCases.getClient(), useCases.createClient(),
                useCases.updateClient(), useCases.toggleClient(), useCases.deleteClient(), documents).register(router);
        new ImportRoutes(useCases.importContacts(), imports.maxEntries()).register(router);
        new AccountRoutes(useCases.whoAmI(), rateLimiter).register(router);
        new OperationsRoutes(operations.ready(), operations.metricsText()).register(router);
        new DiscoveryRoutes(operations.service()).register(router);
        return router;
    }

    /**
     * Binds and serves; returns the bound HTTP port (the chosen one when the setting is 0).
     *
     * @throws ListenException when a listener cannot be opened (port in use, address not of this machine, ...)
     */
    public synchronized int start() {
        if (undertow != null) {
            throw new IllegalStateException("already started");
        }
        ConnectionLimits limits = settings.connections();
        Undertow.Builder builder = Undertow.builder()
                .setIoThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
                .setWorkerThreads(settings.workerThreads())
                .setBufferSize(BUFFER_BYTES)
                .setDirectBuffers(true)
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, MAX_HEADER_BYTES)
                .setServerOption(UndertowOptions.MAX_HEADERS, MAX_HEADERS)
                .setServerOption(UndertowOptions.MAX_PARAMETERS, MAX_QUERY_PARAMETERS)
                .setServerOption(UndertowOptions.MAX_COOKIES, 20)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, REQUEST_PARSE_TIMEOUT_MILLIS)
                // Not IDLE_TIMEOUT: its conduit waits for a blocked write without end, whatever time it is given
                // (IdleTimeoutConduit.awaitWritable(long, TimeUnit)), which defeats the write timeout below. An
                // idle keep-alive connection is closed by this one, a slow body by BodyReceiver.
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, millis(limits.idleTimeout()))
                // A backstop one body above what BodyReceiver reads: Undertow's own cap cuts the connection with
                // no answer at all, so BodyReceiver must always stop first, while it can still send the 413.
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, budgets.mostRead() + settings.maxBodyBytes())
                // After the drain, workers still busy get this long before they are interrupted.
                .setServerOption(UndertowOptions.SHUTDOWN_TIMEOUT, WORKER_SHUTDOWN_MILLIS)
                // A response its client stops reading is cut: a streamed list then lets go of its cursor at once.
                .setSocketOption(Options.WRITE_TIMEOUT, millis(limits.writeTimeout()))
                .addHttpListener(settings.port(), settings.host())
                .setHandler(root);
        settings.tlsContext().ifPresent(tls -> builder.addHttpsListener(settings.httpsPort(), settings.host(), tls));
        Undertow server = builder.build();
        graceful.start();
        try {
            server.start();
        } catch (RuntimeException failure) {
            throw listenFailure(server, failure);
        }
        undertow = server;
        for (Undertow.ListenerInfo listener : server.getListenerInfo()) {
            int port = ((InetSocketAddress) listener.getAddress()).getPort();
            if (listener.getProtcol().equals("https")) {
                httpsPort = OptionalInt.of(port);
            } else {
                httpPort = port;
            }
        }
        LOG.info("Serving HTTP on {}:{}{}", settings.host(), httpPort,
                httpsPort.isPresent() ? " and HTTPS on port " + httpsPort.getAsInt() : "");
        return httpPort;
    }

    /**
     * Undertow opens its listeners in order, HTTP then HTTPS, and keeps those it opened: their count says which one
     * failed. Not stopped here: Undertow has already shut its worker down, and closing a listener of a stopped worker
     * waits for an I/O thread that is gone.
     */
    private ListenException listenFailure(Undertow server, RuntimeException failure) {
        boolean httpOpened = false;
        try {
            httpOpened = !server.getListenerInfo().isEmpty();
        } catch (IllegalStateException noneOpened) {
            // it failed before its first listener
        }
        return httpOpened ? new ListenException("https", settings.host(), settings.httpsPort(), failure)
                : new ListenException("http", settings.host(), settings.port(), failure);
    }

    private static int millis(Duration duration) {
        return Math.toIntExact(duration.toMillis());
    }

    /** The bound HTTPS port, when TLS is on and the server started. */
    public synchronized OptionalInt httpsPort() {
        return httpsPort;
    }

    /**
     * Stops taking requests — any arriving from now on gets 503 — lets those in flight finish for at most
     * {@code drain}, then closes the listeners and every connection.
     */
    public void stop(Duration drain) {
        Undertow server;
        synchronized (this) {
            server = undertow;
            undertow = null;
        }
        if (server == null) {
            return;
        }
        // Not ListenerInfo.suspend(): it closes every open connection, requests in flight included.
        graceful.shutdown();
        try {
            if (!graceful.awaitShutdown(Math.max(0, drain.toMillis()))) {
                LOG.warn("Requests still running after {}; stopping anyway", drain);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop();
        synchronized (this) {
            httpsPort = OptionalInt.empty();
        }
        LOG.info("HTTP server stopped");
    }
}
