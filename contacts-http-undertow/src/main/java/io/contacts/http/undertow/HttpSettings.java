package io.contacts.http.undertow;

import javax.net.ssl.SSLContext;
import java.util.Objects;
import java.util.Optional;

/**
 * Driving adapter setting: where the HTTP transport listens and the limits it applies. The app builds one
 * from its configuration; {@link #defaults()} is what the contract describes.
 *
 * @param port              HTTP port; 0 picks any free port (see {@link ContactsHttpServer#start()})
 * @param rateLimit         the throttle per user; its status (503 or 429) is also what a sign-in gets while the
 *                          domain's brake on failed passwords holds its login
 * @param tlsContext        when present, an HTTPS listener is opened on {@code httpsPort} as well
 * @param httpsPort         HTTPS port; 0 picks any free port
 * @param maxBodyBytes      the largest request body accepted; larger ones get 413
 * @param workerThreads     threads that run the use cases (the I/O threads never block)
 * @param connections       what a slow or hostile peer may hold, and for how long
 * @param imports           how large a file an import takes, and how many entries
 */
public record HttpSettings(String host, int port, RateLimit rateLimit, Optional<SSLContext> tlsContext, int httpsPort,
                           int maxBodyBytes, int workerThreads, ConnectionLimits connections, ImportLimits imports) {

    public static final int ONE_MIB = 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(tlsContext, "tlsContext");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(imports, "imports");
        requirePort(port, "port");
        requirePort(httpsPort, "httpsPort");
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024: " + maxBodyBytes);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be at least 1: " + workerThreads);
        }
    }

    /**
     * 127.0.0.1:8080, Harvest's rate limit, no TLS, 1 MiB bodies, workers sized to the cores,
     * {@link ConnectionLimits#defaults()}, {@link ImportLimits#defaults()}.
     */
    public static HttpSettings defaults() {
        return new HttpSettings("127.0.0.1", 8080, RateLimit.harvestDefault(), Optional.empty(), 8443, ONE_MIB,
                defaultWorkerThreads(), ConnectionLimits.defaults(), ImportLimits.defaults());
    }

    /** Use cases block on the database: several workers per core keep the cores busy while others wait. */
    public static int defaultWorkerThreads() {
        return Math.max(8, Runtime.getRuntime().availableProcessors() * 8);
    }

    public HttpSettings withHost(String value) {
        return new HttpSettings(value, port, rateLimit, tlsContext, httpsPort, maxBodyBytes,
                workerThreads, connections, imports);
    }

    public HttpSettings withPort(int value) {
        return new HttpSettings(host, value, rateLimit, tlsContext, httpsPort, maxBodyBytes,
                workerThreads, connections, imports);
    }

    public HttpSettings withRateLimit(RateLimit value) {
        return new HttpSettings(host, port, value, tlsContext, httpsPort, maxBodyBytes, workerThreads, connections,
                imports);
    }

    /** Also listen for HTTPS on {@code value} (0 = any free port) with the given context. */
    public HttpSettings withTls(SSLContext context, int value) {
        return new HttpSettings(host, port, rateLimit, Optional.of(context), value, maxBodyBytes,
                workerThreads, connections, imports);
    }

    public HttpSettings withWorkerThreads(int value) {
        return new HttpSettings(host, port, rateLimit, tlsContext, httpsPort, maxBodyBytes, value, connections,
                imports);
    }

    public HttpSettings withConnections(ConnectionLimits value) {
        return new HttpSettings(host, port, rateLimit, tlsContext, httpsPort, maxBodyBytes, workerThreads, value,
                imports);
    }

    public HttpSettings withImports(ImportLimits value) {
        return new HttpSettings(host, port, rateLimit, tlsContext, httpsPort, maxBodyBytes, workerThreads, connections,
                value);
    }

    @Override
    public String toString() {
        return "HttpSettings[host=" + host + ", port=" + port + ", rateLimit=" + rateLimit + ", tls="
                + tlsContext.isPresent() + ", httpsPort=" + httpsPort + ", maxBodyBytes=" + maxBodyBytes
                + ", workerThreads=" + workerThreads + ", connections=" + connections + ", imports=" + imports + "]";
    }

    private static void requirePort(int value, String name) {
        if (value < 0 || value > 65_535) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535: " + value);
        }
    }
}
