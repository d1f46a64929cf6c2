package io.contacts.app.config;

import io.contacts.http.undertow.ConnectionLimits;
import io.contacts.http.undertow.ImportLimits;
import io.contacts.http.undertow.RateLimit;
import io.contacts.persistence.jooq.H2Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings of docs/operations.md: defaults, precedence, and one clear message naming the variable for each bad value. */
class ConfigLoaderTest {

    private final Map<String, String> env = new HashMap<>();
    private final Properties properties = new Properties();

    @Test
    void defaultsServeLocallyOnTheEmbeddedStoreWithHarvestsThrottle() {
        AppConfig config = load();

        assertThat(config.httpHost()).isEqualTo("127.0.0.1");
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.dbUrl()).startsWith("jdbc:h2:").contains(Path.of("data").toAbsolutePath().toString());
        assertThat(config.dbPoolSize()).isEqualTo(10);
        assertThat(config.rateLimit()).isEqualTo(new RateLimit(true, 100, Duration.ofSeconds(15), 503));
        assertThat(config.rateLimitLease()).isEqualTo(10);
        assertThat(config.tls()).isEmpty();
        assertThat(config.bootstrapEmail()).isEmpty();
        assertThat(config.connections()).isEqualTo(ConnectionLimits.defaults());
        assertThat(config.imports()).isEqualTo(new ImportLimits(32 * 1024 * 1024, 10_000));
    }

    @Test
    void anImportsSizeAndEntriesAreConfigurableWithinTheirBounds() {
        env.put("CONTACTS_IMPORT_MAX_BYTES", "256MiB");
        env.put("CONTACTS_IMPORT_MAX_ENTRIES", "50000");
        assertThat(load().imports()).isEqualTo(new ImportLimits(256 * 1024 * 1024, 50_000));

        env.put("CONTACTS_IMPORT_MAX_BYTES", "512KiB");
        assertThat(load().imports().maxBytes()).isEqualTo(512 * 1024);
        env.put("CONTACTS_IMPORT_MAX_BYTES", "100000");
        assertThat(load().imports().maxBytes()).isEqualTo(100_000);

        String expected = "is invalid: a size such as 32MiB, 512KiB or 65536 (bytes), from 64KiB to 1024MiB";
        assertRefused("CONTACTS_IMPORT_MAX_BYTES", "2GiB", expected);
        assertRefused("CONTACTS_IMPORT_MAX_BYTES", "2048MiB", expected);
        assertRefused("CONTACTS_IMPORT_MAX_BYTES", "1KiB", expected);
        assertRefused("CONTACTS_IMPORT_MAX_ENTRIES", "0", "CONTACTS_IMPORT_MAX_ENTRIES='0' is invalid: a whole number"
                + " from 1 to 1000000");
    }

    @Test
    void whatASlowPeerMayHoldIsConfigurableAndStreamsStayFewerThanPooledConnections() {
        env.put("CONTACTS_HTTP_BODY_TIMEOUT", "10s");
        env.put("CONTACTS_HTTP_BODY_MIN_RATE", "0");
        env.put("CONTACTS_HTTP_WRITE_TIMEOUT", "1500ms");
        env.put("CONTACTS_HTTP_IDLE_TIMEOUT", "120s");
        env.put("CONTACTS_HTTP_LISTS", "8");
        env.put("CONTACTS_HTTP_STREAMS", "6");
        env.put("CONTACTS_HTTP_STREAMS_PER_USER", "3");

        assertThat(load().connections()).isEqualTo(new ConnectionLimits(Duration.ofSeconds(10), 0,
                Duration.ofSeconds(5), Duration.ofMillis(1500), Duration.ofSeconds(120), 8, 6, 3));

        env.clear();
        env.put("CONTACTS_DB_POOL_SIZE", "3");
        assertThat(load().connections().lists()).as("a small pool less one").isEqualTo(2);
        assertThat(load().connections().streams()).as("half of a small pool").isEqualTo(1);
        assertThat(load().connections().streamsPerUser()).isEqualTo(1);
        assertRefused("CONTACTS_HTTP_LISTS", "10", "CONTACTS_HTTP_LISTS='10' is invalid: a whole number from 2 to 9");
        assertRefused("CONTACTS_HTTP_STREAMS", "6", "CONTACTS_HTTP_STREAMS='6' is invalid: a whole number from 1 to 5");
    }

    @Test
    void everyVariableIsRead() {
        env.put("CONTACTS_HTTP_HOST", "0.0.0.0");
        env.put("CONTACTS_HTTP_PORT", "0");
        env.put("CONTACTS_DB_URL", "jdbc:postgresql://db.example:5432/contacts");
        env.put("CONTACTS_DB_USER", "contacts");
        env.put("CONTACTS_DB_PASSWORD", "s3cret");
        env.put("CONTACTS_DB_POOL_SIZE", "32");
        env.put("CONTACTS_BOOTSTRAP_EMAIL", "boss@example.com");
        env.put("CONTACTS_BOOTSTRAP_PASSWORD", "long enough");
        env.put("CONTACTS_RATE_LIMIT", "50/10s");
        env.put("CONTACTS_RATE_LIMIT_STATUS", "429");
        env.put("CONTACTS_RATE_LIMIT_LEASE", "1");

        AppConfig config = load();

        assertThat(config.httpHost()).isEqualTo("0.0.0.0");
        assertThat(config.httpPort()).isZero();
        assertThat(config.dbUrl()).isEqualTo("jdbc:postgresql://db.example:5432/contacts");
        assertThat(config.dbUser()).contains("contacts");
        assertThat(config.dbPassword()).contains("s3cret");
        assertThat(config.dbPoolSize()).isEqualTo(32);
        assertThat(config.bootstrapEmail()).contains("boss@example.com");
        assertThat(config.bootstrapPassword()).contains("long enough");
        assertThat(config.rateLimit()).isEqualTo(new RateLimit(true, 50, Duration.ofSeconds(10), 429));
        assertThat(config.rateLimitLease()).isEqualTo(1);
        assertThat(config.toString()).doesNotContain("s3cret").doesNotContain("long enough");
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        env.put("CONTACTS_HTTP_PORT", "9000");
        properties.setProperty("contacts.http.port", "9001");

        assertThat(load().httpPort()).isEqualTo(9001);
    }

    @Test
    void theThrottleCanBeSwitchedOff() {
        env.put("CONTACTS_RATE_LIMIT", "off");

        assertThat(load().rateLimit().enabled()).isFalse();
    }

    @Test
    void aBadValueIsRefusedWithTheVariableNamed() {
        assertRefused("CONTACTS_HTTP_PORT", "eighty", "CONTACTS_HTTP_PORT='eighty' is invalid: a whole number from 0 to 65535");
        assertRefused("CONTACTS_HTTP_PORT", "65536", "CONTACTS_HTTP_PORT='65536'");
        assertRefused("CONTACTS_DB_POOL_SIZE", "0", "CONTACTS_DB_POOL_SIZE='0' is invalid: a whole number from 3 to 500");
        assertRefused("CONTACTS_DB_URL", "jdbc:mysql://localhost/db", "CONTACTS_DB_URL='jdbc:mysql://localhost/db'");
        assertRefused("CONTACTS_RATE_LIMIT", "100/15", "CONTACTS_RATE_LIMIT='100/15' is invalid: N/Ds");
        assertRefused("CONTACTS_RATE_LIMIT", "0/15s", "CONTACTS_RATE_LIMIT='0/15s'");
        assertRefused("CONTACTS_RATE_LIMIT_STATUS", "500", "CONTACTS_RATE_LIMIT_STATUS='500' is invalid: 503 or 429");
        assertRefused("CONTACTS_RATE_LIMIT_LEASE", "0", "CONTACTS_RATE_LIMIT_LEASE='0' is invalid: a whole number from 1 "
                + "to 1000");
        assertRefused("CONTACTS_TLS_KEYSTORE", "/nonexistent/keystore.p12", "no readable PKCS#12 key store");
        assertRefused("CONTACTS_HTTP_BODY_TIMEOUT", "30", "CONTACTS_HTTP_BODY_TIMEOUT='30' is invalid: a duration such as"
                + " 30s or 500ms, from 1ms to one day");
        assertRefused("CONTACTS_HTTP_WRITE_TIMEOUT", "0s", "CONTACTS_HTTP_WRITE_TIMEOUT='0s'");
        assertRefused("CONTACTS_HTTP_BODY_MIN_RATE", "-1", "CONTACTS_HTTP_BODY_MIN_RATE='-1'");
        assertRefused("CONTACTS_HTTP_STREAMS_PER_USER", "5", "CONTACTS_HTTP_STREAMS_PER_USER='5' is invalid: a whole number"
                + " from 1 to 4");
    }

    @Test
    void theEmbeddedStoreLivesInTheDataDirectoryMadeAbsoluteUnlessAUrlNamesAnotherDatabase(@TempDir Path dir) {
        env.put("CONTACTS_DATA_DIR", dir.resolve("var").toString());
        AppConfig embedded = load();
        assertThat(embedded.dataDirectory()).contains(dir.resolve("var"));
        assertThat(embedded.dbUrl()).isEqualTo(H2Urls.file(dir.resolve("var")));
        assertThat(embedded.database()).isEqualTo("the embedded database in " + dir.resolve("var"));

        env.put("CONTACTS_DATA_DIR", "relative/data");
        assertThat(load().dataDirectory()).contains(Path.of("relative/data").toAbsolutePath());

        env.put("CONTACTS_DB_URL", "jdbc:postgresql://db.example:5432/contacts?ssl=true");
        AppConfig postgres = load();
        assertThat(postgres.dataDirectory()).as("ignored: a URL names the database").isEmpty();
        assertThat(postgres.database()).isEqualTo("jdbc:postgresql://db.example:5432/contacts");
    }

    @Test
    void everyOtherSettingIsCheckedToo(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("a-file"));
        assertRefused("CONTACTS_DATA_DIR", file.toString(), "CONTACTS_DATA_DIR='" + file + "' is invalid: a directory, "
                + "not a file");
        assertRefused("CONTACTS_DATA_DIR", "data;IFEXISTS=TRUE", "is invalid: a directory path without ';'");
        assertRefused("CONTACTS_LOG_LEVEL", "verbose", "CONTACTS_LOG_LEVEL='verbose' is invalid: one of TRACE, DEBUG, "
                + "INFO, WARN, ERROR, OFF");
        assertRefused("CONTACTS_LOG_FORMAT", "xml", "CONTACTS_LOG_FORMAT='xml' is invalid: text or json");
        assertRefused("CONTACTS_HTTP_HOST", "no-such-host.invalid", "CONTACTS_HTTP_HOST='no-such-host.invalid' is "
                + "invalid: an IP address, or a host name this machine resolves");
        assertRefused("CONTACTS_BOOTSTRAP_EMAIL", "admin", "CONTACTS_BOOTSTRAP_EMAIL='admin' is invalid: an e-mail");
        assertRefused("CONTACTS_HTTPS_PORT", "8443", "CONTACTS_HTTPS_PORT is set but CONTACTS_TLS_KEYSTORE is not");
        assertRefused("CONTACTS_TLS_KEYSTORE_PASSWORD", "changeit", "CONTACTS_TLS_KEYSTORE_PASSWORD is set but "
                + "CONTACTS_TLS_KEYSTORE is not");

        env.put("CONTACTS_LOG_LEVEL", "debug");
        env.put("CONTACTS_LOG_FORMAT", "json");
        assertThat(LogSettings.load(new ConfigSource(env, properties))).isEqualTo(new LogSettings("DEBUG", true));
        assertThat(LogSettings.load(new ConfigSource(Map.of(), properties))).isEqualTo(LogSettings.defaults());
    }

    @Test
    void theHttpsPortMustDifferFromTheHttpPort(@TempDir Path dir) throws Exception {
        env.put("CONTACTS_TLS_KEYSTORE", Files.createFile(dir.resolve("server.p12")).toString());
        env.put("CONTACTS_TLS_KEYSTORE_PASSWORD", "changeit");
        env.put("CONTACTS_HTTP_PORT", "8443");

        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessage("CONTACTS_HTTPS_PORT='8443' is invalid: a port other than CONTACTS_HTTP_PORT's");
    }

    @Test
    void aKeyStoreNeedsItsPassword(@TempDir Path dir) throws Exception {
        Path keyStore = Files.createFile(dir.resolve("server.p12"));
        env.put("CONTACTS_TLS_KEYSTORE", keyStore.toString());

        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessage("CONTACTS_TLS_KEYSTORE_PASSWORD is required when CONTACTS_TLS_KEYSTORE is set");

        env.put("CONTACTS_TLS_KEYSTORE_PASSWORD", "changeit");
        assertThat(load().tls()).contains(new TlsConfig(keyStore, "changeit", 8443));
    }

    @Test
    void theCredentialCachesTimeIsAMinuteByDefaultAndZeroVerifiesEveryRequest() {
        assertThat(load().credentialTtl()).isEqualTo(Duration.ofSeconds(60));

        env.put("CONTACTS_CREDENTIAL_TTL", "0");
        assertThat(load().credentialTtl()).isZero();
        env.put("CONTACTS_CREDENTIAL_TTL", "1500ms");
        assertThat(load().credentialTtl()).isEqualTo(Duration.ofMillis(1500));

        assertRefused("CONTACTS_CREDENTIAL_TTL", "forever", "CONTACTS_CREDENTIAL_TTL='forever' is invalid: 0 (verify "
                + "every request) or a duration such as 60s or 500ms, up to one day");
        assertRefused("CONTACTS_CREDENTIAL_TTL", "-1s", "CONTACTS_CREDENTIAL_TTL='-1s' is invalid");
    }

    private void assertRefused(String variable, String value, String message) {
        env.clear();
        env.put(variable, value);
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private AppConfig load() {
        return ConfigLoader.load(new ConfigSource(env, properties));
    }
}
