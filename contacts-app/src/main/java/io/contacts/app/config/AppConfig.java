package io.contacts.app.config;

import io.contacts.http.undertow.ConnectionLimits;
import io.contacts.http.undertow.ImportLimits;
import io.contacts.http.undertow.RateLimit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The app's validated configuration (docs/operations.md, "Configuration"): what to listen on, which database (and the
 * embedded one's directory, when it is the one used), whom to bootstrap, how to throttle requests, how to brake failed
 * sign-ins, what a slow peer may hold, how long a verified credential is trusted, how many requests of a user a
 * node takes at a time from the count it shares with other nodes, and how large a file an import takes.
 */
public record AppConfig(
        String httpHost,
        int httpPort,
        String dbUrl,
        Optional<Path> dataDirectory,
        Optional<String> dbUser,
        Optional<String> dbPassword,
        int dbPoolSize,
        Optional<String> bootstrapEmail,
        Optional<String> bootstrapPassword,
        RateLimit rateLimit,
        Optional<TlsConfig> tls,
        RateLimit signInLimit,
        ConnectionLimits connections,
        Duration credentialTtl,
        int rateLimitLease,
        ImportLimits imports) {

    public AppConfig {
        Objects.requireNonNull(httpHost, "httpHost");
        Objects.requireNonNull(dbUrl, "dbUrl");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(dbPassword, "dbPassword");
        Objects.requireNonNull(bootstrapEmail, "bootstrapEmail");
        Objects.requireNonNull(bootstrapPassword, "bootstrapPassword");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(signInLimit, "signInLimit");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(credentialTtl, "credentialTtl");
        Objects.requireNonNull(imports, "imports");
    }

    /** Which database, for a person: the embedded one's directory, or the URL without its parameters. */
    public String database() {
        return dataDirectory.map(directory -> "the embedded database in " + directory)
                .orElseGet(() -> dbUrl.split("[?;]", 2)[0]);
    }

    @Override
    public String toString() {
        // Never print the secrets: this string may reach a log.
        return "AppConfig[http=" + httpHost + ":" + httpPort + ", db=" + dbUrl.split("[?;]", 2)[0]
                + ", pool=" + dbPoolSize
                + ", rateLimit=" + rateLimit + ", lease=" + rateLimitLease + ", signInLimit=" + signInLimit
                + ", tls=" + tls.isPresent() + "]";
    }
}
