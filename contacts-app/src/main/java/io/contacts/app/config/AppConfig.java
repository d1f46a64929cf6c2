package io.contacts.app.config;

import io.contacts.http.undertow.ConnectionLimits;
import io.contacts.http.undertow.RateLimit;

import java.util.Objects;
import java.util.Optional;

/**
 * The app's validated configuration (SPEC §5): what to listen on, which database, whom to bootstrap, how to throttle
 * requests, how to brake failed sign-ins, and what a slow peer may hold.
 */
public record AppConfig(
        String httpHost,
        int httpPort,
        String dbUrl,
        Optional<String> dbUser,
        Optional<String> dbPassword,
        int dbPoolSize,
        Optional<String> bootstrapEmail,
        Optional<String> bootstrapPassword,
        RateLimit rateLimit,
        Optional<TlsConfig> tls,
        RateLimit signInLimit,
        ConnectionLimits connections) {

    public AppConfig {
        Objects.requireNonNull(httpHost, "httpHost");
        Objects.requireNonNull(dbUrl, "dbUrl");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(dbPassword, "dbPassword");
        Objects.requireNonNull(bootstrapEmail, "bootstrapEmail");
        Objects.requireNonNull(bootstrapPassword, "bootstrapPassword");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(signInLimit, "signInLimit");
        Objects.requireNonNull(connections, "connections");
    }

    /** The same configuration with another port (tests listen on port 0). */
    public AppConfig withHttpPort(int port) {
        return new AppConfig(httpHost, port, dbUrl, dbUser, dbPassword, dbPoolSize, bootstrapEmail,
                bootstrapPassword, rateLimit, tls, signInLimit, connections);
    }

    /** The same configuration on another database. */
    public AppConfig withDatabase(String url, Optional<String> user, Optional<String> password) {
        return new AppConfig(httpHost, httpPort, url, user, password, dbPoolSize, bootstrapEmail, bootstrapPassword,
                rateLimit, tls, signInLimit, connections);
    }

    /** The same configuration with another throttle. */
    public AppConfig withRateLimit(RateLimit limit) {
        return new AppConfig(httpHost, httpPort, dbUrl, dbUser, dbPassword, dbPoolSize, bootstrapEmail,
                bootstrapPassword, limit, tls, signInLimit, connections);
    }

    /** The same configuration with another brake on failed sign-ins. */
    public AppConfig withSignInLimit(RateLimit limit) {
        return new AppConfig(httpHost, httpPort, dbUrl, dbUser, dbPassword, dbPoolSize, bootstrapEmail,
                bootstrapPassword, rateLimit, tls, limit, connections);
    }

    /** The same configuration with other limits on slow peers. */
    public AppConfig withConnections(ConnectionLimits limits) {
        return new AppConfig(httpHost, httpPort, dbUrl, dbUser, dbPassword, dbPoolSize, bootstrapEmail,
                bootstrapPassword, rateLimit, tls, signInLimit, limits);
    }

    @Override
    public String toString() {
        // Never print the secrets: this string may reach a log.
        return "AppConfig[http=" + httpHost + ":" + httpPort + ", db=" + dbUrl.split("[?;]", 2)[0]
                + ", pool=" + dbPoolSize
                + ", rateLimit=" + rateLimit + ", signInLimit=" + signInLimit + ", tls=" + tls.isPresent() + "]";
    }
}
