package io.contacts.app;

import io.contacts.app.config.AppConfig;
import io.contacts.app.config.ConfigException;
import io.contacts.app.config.ConfigLoader;
import io.contacts.app.security.Pbkdf2Secrets;
import io.contacts.domain.model.ValidationException;
import io.contacts.domain.port.in.BootstrapCommand;
import io.contacts.domain.port.in.BootstrapLogin;
import io.contacts.domain.port.in.SignInPolicy;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.service.DomainServices;
import io.contacts.http.undertow.ContactsHttpServer;
import io.contacts.http.undertow.HttpSettings;
import io.contacts.http.undertow.ListenException;
import io.contacts.http.undertow.Operations;
import io.contacts.http.undertow.RateLimit;
import io.contacts.persistence.jooq.SchemaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The runnable service: storage, domain and HTTP transport wired together. {@link #start()} returns the bound
 * port, or throws a {@link StartFailure} (or a configuration error) having released all it took; {@link #stop()}
 * stops accepting, lets in-flight requests finish, and closes the pool. Used by {@code main} and by the end-to-end
 * tests alike.
 */
public final class ContactsServer {

    private static final Logger LOG = LoggerFactory.getLogger(ContactsServer.class);
    /** The longest a stop waits for in-flight requests before closing anyway. */
    static final Duration DRAIN = Duration.ofSeconds(10);

    private final AppConfig config;
    private final Consumer<BootstrapLogin> onBootstrap;
    private AppMetrics metrics;
    private Storage storage;
    private ContactsHttpServer http;

    /**
     * @param onBootstrap told of the first account and user when this start created them (an empty store)
     */
    public ContactsServer(AppConfig config, Consumer<BootstrapLogin> onBootstrap) {
        this.config = config;
        this.onBootstrap = onBootstrap;
    }

    public synchronized int start() {
        if (http != null) {
            throw new IllegalStateException("already started");
        }
        HttpSettings settings = httpSettings(); // a bad key store stops the start before the database is touched
        metrics = new AppMetrics();
        try {
            config.dataDirectory().ifPresentOrElse(
                    directory -> LOG.info("Embedded database in {} ({})", directory, ConfigLoader.DATA_DIR),
                    () -> LOG.info("Database: {}", config.database()));
            if (Storage.servedByAnotherProcess(config)) {
                throw new StartFailure(config.database() + " is already served by another "
                        + "process: stop that service first (one embedded database serves one service; several "
                        + "need PostgreSQL)", null);
            }
            storage = Storage.open(config, metrics.registry());
            storage.shareWithOtherProcesses();
            SchemaMigration migration = storage.migration();
            if (migration.changed()) {
                LOG.info("Schema {} version {} ({} migration(s) applied)", migration.created() ? "created at"
                        : "upgraded to", migration.version(), migration.applied());
            }
            UseCases useCases = DomainServices.create(storage.stores(), Clock.systemUTC(), new Pbkdf2Secrets(),
                    signInPolicy(config.signInLimit()).withCredentialTtl(config.credentialTtl()));
            http = new ContactsHttpServer(useCases, settings,
                    new Operations(storage::isReachable, metrics::scrape, metrics.registry(), BuildInfo.current()));
            int port = listen();
            // Only once listening: a start that cannot listen must not make a first login it will never show.
            bootstrap(useCases).ifPresent(onBootstrap);
            announce(port);
            return port;
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private int listen() {
        try {
            return http.start();
        } catch (ListenException e) {
            throw StartFailures.listen(e);
        }
    }

    /** The first account and user, on an empty store; bad bootstrap settings are a configuration error. */
    private Optional<BootstrapLogin> bootstrap(UseCases useCases) {
        try {
            return useCases.bootstrap().bootstrap(new BootstrapCommand(config.bootstrapEmail(),
                    config.bootstrapPassword()));
        } catch (ValidationException e) {
            throw new ConfigException("the first user (" + ConfigLoader.BOOTSTRAP_EMAIL + ", "
                    + ConfigLoader.BOOTSTRAP_PASSWORD + ") is invalid: " + String.join("; ", e.messages()));
        }
    }

    public synchronized OptionalInt httpsPort() {
        return http == null ? OptionalInt.empty() : http.httpsPort();
    }

    public synchronized void stop() {
        if (http != null) {
            http.stop(DRAIN);
            http = null;
        }
        if (storage != null) {
            storage.close();
            storage = null;
        }
        if (metrics != null) {
            metrics.close();
            metrics = null;
        }
    }

    private HttpSettings httpSettings() {
        HttpSettings settings = HttpSettings.defaults()
                .withHost(config.httpHost())
                .withPort(config.httpPort())
                .withRateLimit(config.rateLimit())
                .withConnections(config.connections())
                .withImports(config.imports());
        return config.tls().map(tls -> settings.withTls(KeyStores.sslContext(tls), tls.port())).orElse(settings);
    }

    /** The brake is configured like the rate limit; a braked login's status comes with the rate limit's. */
    private static SignInPolicy signInPolicy(RateLimit brake) {
        SignInPolicy defaults = SignInPolicy.defaults();
        return brake.enabled() ? defaults.withBrake(brake.maxCalls(), brake.window()) : defaults.withoutBrake();
    }

    private void announce(int port) {
        LOG.info("Client Contacts listening on http://{}:{} ({})", config.httpHost(), port, config);
        http.httpsPort().ifPresent(https -> LOG.info("HTTPS listening on https://{}:{}", config.httpHost(), https));
        if (config.tls().isEmpty() && !isLoopback(config.httpHost())) {
            LOG.warn("Listening on {} without TLS: Basic credentials and tokens cross the network in clear. "
                    + "Set CONTACTS_TLS_KEYSTORE or put a TLS proxy in front.", config.httpHost());
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
