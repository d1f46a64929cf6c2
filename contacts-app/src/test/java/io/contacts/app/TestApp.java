package io.contacts.app;

import io.contacts.app.config.AppConfig;
import io.contacts.app.config.ConfigLoader;
import io.contacts.app.config.ConfigSource;
import io.contacts.domain.port.in.BootstrapLogin;

import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/** The real service for end-to-end tests: configured like production (port 0), started, and signed in to. */
public final class TestApp implements AutoCloseable {

    public static final String EMAIL = "admin@example.com";
    public static final String PASSWORD = "end-to-end password";

    private final AppConfig config;
    private final ContactsServer server;
    private final List<BootstrapLogin> bootstraps = new CopyOnWriteArrayList<>();
    private final int port;

    private TestApp(AppConfig config) {
        this.config = config;
        this.server = new ContactsServer(config, bootstraps::add);
        this.port = server.start();
    }

    /** The configuration a user would give: the database, the first login, any free port, no throttle. */
    public static AppConfig config(String dbUrl) {
        return config(dbUrl, Map.of());
    }

    /** The same, with {@code settings} (environment variables, as a user sets them) added or replaced. */
    public static AppConfig config(String dbUrl, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(Map.of(
                ConfigLoader.DB_URL, dbUrl,
                ConfigLoader.HTTP_PORT, "0",
                ConfigLoader.BOOTSTRAP_EMAIL, EMAIL,
                ConfigLoader.BOOTSTRAP_PASSWORD, PASSWORD,
                ConfigLoader.RATE_LIMIT, "off"));
        environment.putAll(settings);
        return ConfigLoader.load(new ConfigSource(environment, new Properties()));
    }

    public static TestApp start(AppConfig config) {
        return new TestApp(config);
    }

    public AppConfig config() {
        return config;
    }

    /** The logins this start created: one on an empty database, none afterwards. */
    public List<BootstrapLogin> bootstraps() {
        return bootstraps;
    }

    /** A client signed in as the bootstrap user. */
    public ApiClient admin() {
        return ApiClient.basic(port, EMAIL, PASSWORD);
    }

    public ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }

    public ApiClient withToken(String token) {
        return ApiClient.bearer(port, token);
    }

    /** A client signed in with HTTP Basic as any user. */
    public ApiClient basic(String email, String password) {
        return ApiClient.basic(port, email, password);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.stop();
    }
}
