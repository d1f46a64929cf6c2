package io.contacts.http.undertow;

import io.contacts.domain.model.Contact;
import io.contacts.domain.testdata.TestDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting on any free port, HTTPS beside HTTP, and a stop that lets requests in flight finish. */
class LifecycleTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @Test
    void portZeroPicksAFreePortEachTime() {
        try (TestServer one = TestServer.start(); TestServer two = TestServer.start()) {
            assertThat(one.port()).isPositive().isNotEqualTo(two.port());
            assertThat(one.server().httpsPort()).isEmpty();
        }
    }

    @Test
    void aTakenPortIsAListenExceptionNamingTheListener(@TempDir Path dir) throws Exception {
        SSLContext tls = selfSigned(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> TestServer.builder().settings(settings -> settings.withPort(port)).start())
                    .isInstanceOfSatisfying(ListenException.class, failure -> {
                        assertThat(failure.protocol()).isEqualTo("http");
                        assertThat(failure.host()).isEqualTo("127.0.0.1");
                        assertThat(failure.port()).isEqualTo(port);
                        assertThat(failure.reason()).containsIgnoringCase("in use");
                    });

            int httpPort;
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                httpPort = free.getLocalPort();
            }
            assertThatThrownBy(() -> TestServer.builder()
                    .settings(settings -> settings.withPort(httpPort).withTls(tls, port)).start())
                    .isInstanceOfSatisfying(ListenException.class, failure -> {
                        assertThat(failure.protocol()).isEqualTo("https");
                        assertThat(failure.port()).isEqualTo(port);
                    });
        }
    }

    @Test
    void servesHttpsWhenGivenATlsContext(@TempDir Path dir) throws Exception {
        SSLContext tls = selfSigned(dir);
        try (TestServer server = TestServer.builder().settings(settings -> settings.withTls(tls, 0)).start()) {
            int httpsPort = server.server().httpsPort().orElseThrow();
            HttpClient client = HttpClient.newBuilder().sslContext(tls).build();

            HttpResponse<String> reply = client.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + httpsPort + "/health")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(httpsPort).isNotEqualTo(server.port());
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo("ok\n");
        }
    }

    @Test
    void stopLetsARequestInFlightFinishThenRefusesConnections() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TestDomain domain = TestDomain.inMemory();
        TestServer server = TestServer.builder().domain(domain)
                .useCases(useCases -> Substitute.getContact(useCases, (account, id) -> {
                    entered.countDown();
                    await(release);
                    return useCases.getContact().getContact(account, id);
                }))
                .start();
        var user = domain.newUser();
        Contact contact = Fixtures.contact(domain, user, Fixtures.client(domain, user).id());
        Api api = server.as(user);
        CompletableFuture<Reply> inFlight = CompletableFuture.supplyAsync(() -> api.get("/contacts/" + contact.id().value()));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.server().stop(Duration.ofSeconds(30)));
        release.countDown();

        assertThat(inFlight.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        stopping.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/health")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    @Test
    void stopGivesUpWaitingAfterTheDrainTime() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TestServer server = TestServer.builder()
                .useCases(useCases -> Substitute.getContact(useCases, (account, id) -> {
                    entered.countDown();
                    await(release);
                    return useCases.getContact().getContact(account, id);
                }))
                .start();
        try {
            Api api = server.newUserApi();
            CompletableFuture.runAsync(() -> {
                try {
                    api.get("/contacts/1");
                } catch (AssertionError expected) {
                    // the connection goes away with the server
                }
            });
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

            server.server().stop(Duration.ofMillis(50));

            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/health"))
                    .build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        } finally {
            release.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A key pair and certificate for localhost, made with the JDK's keytool, as an SSL context trusting itself. */
    private static SSLContext selfSigned(Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "server",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }
}
