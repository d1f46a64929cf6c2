package io.contacts.app.config;

import io.contacts.http.undertow.RateLimit;

import java.util.Objects;
import java.util.Optional;

/** The app's validated configuration (SPEC §5): what to listen on, which database, whom to bootstrap, how to throttle. */
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
        Optional<TlsConfig> tls) {

    public AppConfig {
        Objects.requireNonNull(httpHost, "httpHost");
        Objects.requireNonNull(dbUrl, "dbUrl");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(dbPassword, "dbPassword");
        Objects.requireNonNull(bootstrapEmail, "bootstrapEmail");
        Objects.requireNonNull(bootstrapPassword, "bootstrapPassword");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(tls, "tls");
    }

    /** The same configuration with another port (tests listen on port 0). */
    public AppConfig withHttpPort(int port) {
        return new AppConfig(httpHost, port, dbUrl, dbUser, dbPassword, dbPoolSize, bootstrapEmail,
                bootstrapPassword, rateLimit, tls);
    }

    /** The same configuration on another database. */
    public AppConfig withDatabase(String url, Optional<String> user, Optional<String> password) {
        return new AppConfig(httpHost, httpPort, url, user, password, dbPoolSize, bootstrapEmail, bootstrapPassword,
                rateLimit, tls);
    }

    /** The same configuration with another throttle. */
    public AppConfig withRateLimit(RateLimit limit) {
        return new AppConfig(httpHost, httpPort, dbUrl, dbUser, dbPassword, dbPoolSize, bootstrapEmail,
                bootstrapPassword, limit, tls);
    }

    @Override
    public String toString() {
        // Never print the secrets: this string may reach a log.
        return "AppConfig[http=" + httpHost + ":" + httpPort + ", db=" + dbUrl.split("[?;]", 2)[0]
                + ", pool=" + dbPoolSize
                + ", rateLimit=" + rateLimit + ", tls=" + tls.isPresent() + "]";
    }
}
