package io.contacts.app.config;

import io.contacts.domain.port.in.SignInPolicy;
import io.contacts.http.undertow.ConnectionLimits;
import io.contacts.http.undertow.HttpSettings;
import io.contacts.http.undertow.ImportLimits;
import io.contacts.http.undertow.RateLimit;
import io.contacts.domain.model.EmailAddress;
import io.contacts.persistence.jooq.H2Urls;
import io.contacts.persistence.jooq.JooqStores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.contacts.app.config.ConfigValues.between;
import static io.contacts.app.config.ConfigValues.duration;
import static io.contacts.app.config.ConfigValues.parse;

/** Reads and validates every setting of docs/operations.md; the first bad value stops the load with a {@link ConfigException}. */
public final class ConfigLoader {

    public static final String HTTP_HOST = "CONTACTS_HTTP_HOST";
    public static final String HTTP_PORT = "CONTACTS_HTTP_PORT";
    public static final String DB_URL = "CONTACTS_DB_URL";
    public static final String DB_USER = "CONTACTS_DB_USER";
    public static final String DB_PASSWORD = "CONTACTS_DB_PASSWORD";
    public static final String DB_POOL_SIZE = "CONTACTS_DB_POOL_SIZE";
    public static final String BOOTSTRAP_EMAIL = "CONTACTS_BOOTSTRAP_EMAIL";
    public static final String BOOTSTRAP_PASSWORD = "CONTACTS_BOOTSTRAP_PASSWORD";
    public static final String RATE_LIMIT = "CONTACTS_RATE_LIMIT";
    public static final String RATE_LIMIT_STATUS = "CONTACTS_RATE_LIMIT_STATUS";
    public static final String RATE_LIMIT_LEASE = "CONTACTS_RATE_LIMIT_LEASE";
    public static final String SIGNIN_LIMIT = "CONTACTS_SIGNIN_LIMIT";
    public static final String TLS_KEYSTORE = "CONTACTS_TLS_KEYSTORE";
    public static final String TLS_KEYSTORE_PASSWORD = "CONTACTS_TLS_KEYSTORE_PASSWORD";
    public static final String HTTPS_PORT = "CONTACTS_HTTPS_PORT";
    public static final String BODY_TIMEOUT = "CONTACTS_HTTP_BODY_TIMEOUT";
    public static final String BODY_MIN_RATE = "CONTACTS_HTTP_BODY_MIN_RATE";
    public static final String WRITE_TIMEOUT = "CONTACTS_HTTP_WRITE_TIMEOUT";
    public static final String IDLE_TIMEOUT = "CONTACTS_HTTP_IDLE_TIMEOUT";
    public static final String LISTS = "CONTACTS_HTTP_LISTS";
    public static final String STREAMS = "CONTACTS_HTTP_STREAMS";
    public static final String STREAMS_PER_USER = "CONTACTS_HTTP_STREAMS_PER_USER";
    public static final String CREDENTIAL_TTL = "CONTACTS_CREDENTIAL_TTL";
    public static final String DATA_DIR = "CONTACTS_DATA_DIR";
    public static final String IMPORT_MAX_BYTES = "CONTACTS_IMPORT_MAX_BYTES";
    public static final String IMPORT_MAX_ENTRIES = "CONTACTS_IMPORT_MAX_ENTRIES";

    /** The embedded store's home when {@code CONTACTS_DATA_DIR} is not set: relative to the working directory. */
    static final String DEFAULT_DATA_DIRECTORY = "data";
    /** Flyway holds up to three connections while it migrates; fewer would stall every start. */
    private static final int MIN_POOL_SIZE = 3;
    private static final int MAX_POOL_SIZE = 500;
    /** A lease larger than a limit's window would only hold back what other nodes could admit. */
    private static final int MAX_LEASE = 1_000;
    private static final Pattern RATE = Pattern.compile("(\\d{1,9})/(\\d{1,9})s");

    private ConfigLoader() {
    }

    public static AppConfig load(ConfigSource source) {
        LogSettings.load(source); // read again by the logging, which starts before this; refused here
        String host = parse(source, HTTP_HOST, "127.0.0.1", ConfigValues::host);
        int port = parse(source, HTTP_PORT, "8080", ConfigValues::port);
        // Read even when a URL overrides it, so that a bad value is refused rather than left to surprise later.
        Path dataDirectory = parse(source, DATA_DIR, DEFAULT_DATA_DIRECTORY, ConfigValues::directory);
        Optional<String> url = source.get(DB_URL);
        if (url.isPresent() && !url.get().startsWith("jdbc:postgresql:") && !url.get().startsWith("jdbc:h2:")) {
            throw ConfigException.invalid(DB_URL, url.get(), "a jdbc:postgresql:… or jdbc:h2:… URL");
        }
        if (url.isEmpty() && Files.exists(dataDirectory) && !Files.isDirectory(dataDirectory)) {
            throw ConfigException.invalid(DATA_DIR, dataDirectory.toString(), "a directory, not a file");
        }
        String dbUrl = url.orElseGet(() -> H2Urls.file(dataDirectory));
        Optional<String> bootstrapEmail = source.get(BOOTSTRAP_EMAIL);
        if (bootstrapEmail.isPresent() && !EmailAddress.isWellFormed(bootstrapEmail.get())) {
            throw ConfigException.invalid(BOOTSTRAP_EMAIL, bootstrapEmail.get(), "an e-mail address");
        }
        int poolSize = parse(source, DB_POOL_SIZE, "10", text -> between(text, MIN_POOL_SIZE, MAX_POOL_SIZE));
        int throttledStatus = parse(source, RATE_LIMIT_STATUS, "503", text -> {
            if (!text.equals("503") && !text.equals("429")) {
                throw new IllegalArgumentException("503 or 429");
            }
            return Integer.parseInt(text);
        });
        RateLimit rateLimit = limit(source, RATE_LIMIT, "100/15s", throttledStatus);
        RateLimit signInLimit = limit(source, SIGNIN_LIMIT, "10/300s", throttledStatus);
        int lease = parse(source, RATE_LIMIT_LEASE, Integer.toString(JooqStores.DEFAULT_LEASE),
                text -> between(text, 1, MAX_LEASE));
        return new AppConfig(host, port, dbUrl, url.isEmpty() ? Optional.of(dataDirectory) : Optional.empty(),
                source.get(DB_USER), source.get(DB_PASSWORD), poolSize, bootstrapEmail, source.get(BOOTSTRAP_PASSWORD),
                rateLimit, tls(source, port), signInLimit, connections(source, poolSize), credentialTtl(source),
                lease, imports(source));
    }

    /** How large a file one import takes, and how many entries it may hold. */
    private static ImportLimits imports(ConfigSource source) {
        ImportLimits defaults = ImportLimits.defaults();
        return new ImportLimits(
                parse(source, IMPORT_MAX_BYTES, defaults.maxBytes() / HttpSettings.ONE_MIB + "MiB",
                        text -> ConfigValues.size(text, ImportLimits.MIN_BYTES, ImportLimits.MAX_BYTES)),
                parse(source, IMPORT_MAX_ENTRIES, Integer.toString(defaults.maxEntries()),
                        text -> between(text, 1, ImportLimits.MAX_ENTRIES)));
    }

    /** How long a verified credential is trusted: what a revoked token or changed password may still sign in. */
    private static Duration credentialTtl(ConfigSource source) {
        Duration fallback = SignInPolicy.defaults().credentialTtl();
        return parse(source, CREDENTIAL_TTL, fallback.toSeconds() + "s", text -> {
            if (text.equals("0")) {
                return Duration.ZERO;
            }
            try {
                return duration(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("0 (verify every request) or a duration such as 60s or 500ms, "
                        + "up to one day");
            }
        });
    }

    /**
     * What a slow peer may hold. A list being read holds a pooled connection, so fewer lists than connections may
     * be read at once (by default 6, at most the pool less one), and fewer long ones stream (by default half the
     * pool, at most 4, fewer than the lists).
     */
    private static ConnectionLimits connections(ConfigSource source, int poolSize) {
        ConnectionLimits defaults = ConnectionLimits.defaults();
        int lists = parse(source, LISTS, Integer.toString(Math.min(defaults.lists(), poolSize - 1)),
                text -> between(text, 2, poolSize - 1));
        int streams = parse(source, STREAMS, Integer.toString(Math.min(Math.min(defaults.streams(), poolSize / 2),
                lists - 1)), text -> between(text, 1, lists - 1));
        return new ConnectionLimits(
                parse(source, BODY_TIMEOUT, "30s", ConfigValues::duration),
                parse(source, BODY_MIN_RATE, Integer.toString(defaults.minBodyRate()),
                        text -> between(text, 0, 1_000_000_000)),
                defaults.bodyGrace(),
                parse(source, WRITE_TIMEOUT, "30s", ConfigValues::duration),
                parse(source, IDLE_TIMEOUT, "60s", ConfigValues::duration),
                lists,
                streams,
                parse(source, STREAMS_PER_USER, Integer.toString(Math.min(defaults.streamsPerUser(), streams)),
                        text -> between(text, 1, streams)));
    }

    /** {@code N/Ds} (N per D seconds) or {@code off}, refused with {@code status} when exceeded. */
    private static RateLimit limit(ConfigSource source, String variable, String fallback, int status) {
        String limit = source.get(variable).orElse(fallback);
        if (limit.equalsIgnoreCase("off")) {
            return RateLimit.off();
        }
        Matcher matcher = RATE.matcher(limit);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1 || Integer.parseInt(matcher.group(2)) < 1) {
            throw ConfigException.invalid(variable, limit, "N/Ds with N and D at least 1 (e.g. " + fallback
                    + "), or off");
        }
        return new RateLimit(true, Integer.parseInt(matcher.group(1)),
                Duration.ofSeconds(Integer.parseInt(matcher.group(2))), status);
    }

    private static Optional<TlsConfig> tls(ConfigSource source, int httpPort) {
        Optional<String> keyStore = source.get(TLS_KEYSTORE);
        if (keyStore.isEmpty()) {
            // Set without a key store, they would be silently ignored: most likely the key store was forgotten.
            for (String dependent : new String[] {TLS_KEYSTORE_PASSWORD, HTTPS_PORT}) {
                if (source.get(dependent).isPresent()) {
                    throw new ConfigException(dependent + " is set but " + TLS_KEYSTORE + " is not: set the key store "
                            + "too, or unset " + dependent);
                }
            }
            return Optional.empty();
        }
        Path path = Path.of(keyStore.get()).toAbsolutePath();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw ConfigException.invalid(TLS_KEYSTORE, path.toString(), "no readable PKCS#12 key store there");
        }
        String password = source.get(TLS_KEYSTORE_PASSWORD).orElseThrow(() -> new ConfigException(
                TLS_KEYSTORE_PASSWORD + " is required when " + TLS_KEYSTORE + " is set"));
        int httpsPort = parse(source, HTTPS_PORT, "8443", ConfigValues::port);
        if (httpsPort == httpPort && httpPort != 0) {
            throw ConfigException.invalid(HTTPS_PORT, Integer.toString(httpsPort), "a port other than "
                    + HTTP_PORT + "'s");
        }
        return Optional.of(new TlsConfig(path, password, httpsPort));
    }
}
