package io.contacts.http.undertow;

import javax.net.ssl.SSLContext;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Driving adapter setting: where the HTTP transport listens and the limits it applies. The app builds one
 * from its configuration; {@link #defaults()} is what the contract describes.
 *
 * @param port              HTTP port; 0 picks any free port (see {@link ContactsHttpServer#start()})
 * @param tlsContext        when present, an HTTPS listener is opened on {@code httpsPort} as well
 * @param httpsPort         HTTPS port; 0 picks any free port
 * @param credentialCacheTtl how long a verified credential is trusted without checking it again; zero disables the cache
 * @param maxBodyBytes      the largest request body accepted; larger ones get 413
 * @param workerThreads     threads that run the use cases (the I/O threads never block)
 * @param signInLimit       failed password sign-ins allowed per login and window before that login's sign-ins
 *                          are refused until the window ends ({@code SignInBrake})
 * @param connections       what a slow or hostile peer may hold, and for how long
 */
public record HttpSettings(String host, int port, RateLimit rateLimit, Optional<SSLContext> tlsContext, int httpsPort,
                           Duration credentialCacheTtl, int maxBodyBytes, int workerThreads, RateLimit signInLimit,
                           ConnectionLimits connections) {

    public static final int ONE_MIB = 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(tlsContext, "tlsContext");
        Objects.requireNonNull(credentialCacheTtl, "credentialCacheTtl");
        Objects.requireNonNull(signInLimit, "signInLimit");
        Objects.requireNonNull(connections, "connections");
        requirePort(port, "port");
        requirePort(httpsPort, "httpsPort");
        if (credentialCacheTtl.isNegative()) {
            throw new IllegalArgumentException("credentialCacheTtl must not be negative: " + credentialCacheTtl);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024: " + maxBodyBytes);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be at least 1: " + workerThreads);
        }
    }

    /**
     * 127.0.0.1:8080, Harvest's rate limit, no TLS, credentials cached 60 s, 1 MiB bodies, workers sized to the
     * cores, 10 failed sign-ins per login in 5 minutes, {@link ConnectionLimits#defaults()}.
     */
    public static HttpSettings defaults() {
        return new HttpSettings("127.0.0.1", 8080, RateLimit.harvestDefault(), Optional.empty(), 8443,
                Duration.ofSeconds(60), ONE_MIB, defaultWorkerThreads(), defaultSignInLimit(),
                ConnectionLimits.defaults());
    }

    /** Enough for a person's typing mistakes; a guesser gets 10 tries per login every 5 minutes. */
    public static RateLimit defaultSignInLimit() {
        return RateLimit.perWindow(10, Duration.ofMinutes(5));
    }

    /** Use cases block on the database: several workers per core keep the cores busy while others wait. */
    public static int defaultWorkerThreads() {
        return Math.max(8, Runtime.getRuntime().availableProcessors() * 8);
    }

    public HttpSettings withHost(String value) {
        return new HttpSettings(value, port, rateLimit, tlsContext, httpsPort, credentialCacheTtl, maxBodyBytes,
                workerThreads, signInLimit, connections);
    }

    public HttpSettings withPort(int value) {
        return new HttpSettings(host, value, rateLimit, tlsContext, httpsPort, credentialCacheTtl, maxBodyBytes,
                workerThreads, signInLimit, connections);
    }

    public HttpSettings withRateLimit(RateLimit value) {
        return new HttpSettings(host, port, value, tlsContext, httpsPort, credentialCacheTtl, maxBodyBytes,
                workerThreads, signInLimit, connections);
    }

    /** Also listen for HTTPS on {@code value} (0 = any free port) with the given context. */
    public HttpSettings withTls(SSLContext context, int value) {
        return new HttpSettings(host, port, rateLimit, Optional.of(context), value, credentialCacheTtl, maxBodyBytes,
                workerThreads, signInLimit, connections);
    }

    public HttpSettings withCredentialCacheTtl(Duration value) {
        return new HttpSettings(host, port, rateLimit, tlsContext, httpsPort, value, maxBodyBytes, workerThreads,
                signInLimit, connections);
    }

    public HttpSettings withMaxBodyBytes(int value) {
        return new HttpSettings(host, port, rateLimit, tlsContext, httpsPort, credentialCacheTtl, value,
                workerThreads, signInLimit, connections);
    }

    public HttpSettings withWorkerThreads(int value) {
        return new HttpSettings(host, port, rateLimit, tlsContext, httpsPort, credentialCacheTtl, maxBodyBytes,
                value, signInLimit, connections);
    }

    public HttpSettings withSignInLimit(RateLimit value) {
        return new HttpSettings(host, port, rateLimit, tlsContext, httpsPort, credentialCacheTtl, maxBodyBytes,
                workerThreads, value, connections);
    }

    public HttpSettings withConnections(ConnectionLimits value) {
        return new HttpSettings(host, port, rateLimit, tlsContext, httpsPort, credentialCacheTtl, maxBodyBytes,
                workerThreads, signInLimit, value);
    }

    @Override
    public String toString() {
        return "HttpSettings[host=" + host + ", port=" + port + ", rateLimit=" + rateLimit + ", tls="
                + tlsContext.isPresent() + ", httpsPort=" + httpsPort + ", credentialCacheTtl=" + credentialCacheTtl
                + ", maxBodyBytes=" + maxBodyBytes + ", workerThreads=" + workerThreads + ", signInLimit="
                + signInLimit + ", connections=" + connections + "]";
    }

    private static void requirePort(int value, String name) {
        if (value < 0 || value > 65_535) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535: " + value);
        }
    }
}
