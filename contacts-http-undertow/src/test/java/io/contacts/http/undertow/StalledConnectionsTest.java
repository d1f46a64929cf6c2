package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connections that stop moving are let go (1 s here): a body that stalls half-way is answered 408 and its
 * connection closed (30 s in service), and stores nothing; a keep-alive connection left idle is closed (60 s).
 */
class StalledConnectionsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @RegisterExtension
    static final TestServer server = TestServer.builder().settings(settings -> settings.withConnections(
            new ConnectionLimits(TIMEOUT, 0, Duration.ZERO, TIMEOUT, TIMEOUT, 6, 4, 2))).build();
    private static final TestDomain domain = server.domain();

    @Test
    void aBodyThatStallsHalfWayIsCutAndNothingIsStored() throws IOException {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        byte[] body = Fixtures.contactXml(client.id().value(), "Stalled", "Upload").getBytes(StandardCharsets.UTF_8);

        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\n"
                    + "Authorization: " + Fixtures.basic(user.email(), user.password()) + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, body.length / 2);
            out.flush();
            long start = System.nanoTime();

            String answer = readToEnd(socket.getInputStream());

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(TIMEOUT.minusMillis(100))
                    .isLessThan(Duration.ofSeconds(20));
            assertThat(answer).startsWith("HTTP/1.1 408").contains("Connection: close")
                    .contains("The request body did not arrive within 1 seconds");
        }
        assertThat(XPath.count(server.as(user).get("/contacts").body(), "/contacts/contact")).isZero();
    }

    @Test
    void anIdleKeepAliveConnectionIsClosedAfterTheTimeout() throws IOException {
        TestUser user = domain.newUser();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + Fixtures.basic(user.email(), user.password()) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            assertThat(RawHttp.head(in)).startsWith("HTTP/1.1 200");
            long start = System.nanoTime();

            readToEnd(in);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(TIMEOUT.minusMillis(100))
                    .isLessThan(Duration.ofSeconds(20));
        }
    }

    /** Everything until the server closes the connection; a socket timeout here fails the test. */
    private static String readToEnd(InputStream in) throws IOException {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (SocketException reset) {
            return ""; // closed with a reset: closed all the same
        }
    }
}
