package io.contacts.app;

import io.contacts.app.config.AppConfig;
import io.contacts.app.config.ConfigException;
import io.contacts.app.config.ConfigLoader;
import io.contacts.app.config.ConfigSource;
import io.contacts.persistence.jooq.H2Urls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The optional HTTPS listener, from a PKCS#12 key store made with the JDK's keytool as an operator would. */
class TlsEndToEndTest {

    private static final String PASSWORD = "keystore-secret";

    @TempDir
    static Path keys;
    private static Path keyStore;

    @TempDir
    Path data;

    @BeforeAll
    static void makeAKeyStore() throws Exception {
        keyStore = keys.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "contacts", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
    }

    @Test
    void withAKeyStoreTheServiceAlsoAnswersOverHttps() throws Exception {
        ContactsServer server = new ContactsServer(config(PASSWORD), login -> { });
        server.start();
        try {
            int https = server.httpsPort().orElseThrow();
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(keyStore)).build();

            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + https + "/health")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    @Test
    void aWrongKeyStorePasswordStopsTheStartNamingTheSettings() {
        ContactsServer server = new ContactsServer(config("not-the-password"), login -> { });

        assertThatThrownBy(server::start).isInstanceOf(ConfigException.class)
                .hasMessageContaining("CONTACTS_TLS_KEYSTORE=").hasMessageContaining("CONTACTS_TLS_KEYSTORE_PASSWORD")
                .hasMessageNotContaining("not-the-password");
    }

    private AppConfig config(String keyStorePassword) {
        Map<String, String> env = new HashMap<>();
        env.put(ConfigLoader.DB_URL, H2Urls.file(data));
        env.put(ConfigLoader.HTTP_PORT, "0");
        env.put(ConfigLoader.HTTPS_PORT, "0");
        env.put(ConfigLoader.TLS_KEYSTORE, keyStore.toString());
        env.put(ConfigLoader.TLS_KEYSTORE_PASSWORD, keyStorePassword);
        return ConfigLoader.load(new ConfigSource(env, new Properties()));
    }

    private static SSLContext trusting(Path store) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
