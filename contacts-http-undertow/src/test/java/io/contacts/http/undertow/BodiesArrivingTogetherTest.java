package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies are taken in without a worker, so the bytes of bodies arriving together are what bounds their memory: as
 * many whole bodies as there are workers (here one worker, 1 MiB). One more is refused with 503; once the first is
 * done its bytes are free again.
 */
class BodiesArrivingTogetherTest {

    @RegisterExtension
    static final TestServer server = TestServer.builder().settings(settings -> settings.withWorkerThreads(1)).build();

    @Test
    void aBodyThatWouldGoPastTheMemoryForBodiesIs503AndTheOthersGoOn() throws IOException {
        TestUser user = server.domain().newUser();
        Client client = Fixtures.client(server.domain(), user);
        String contact = Fixtures.contactXml(client.id().value(), "Big", "Body");
        String padding = "<!--" + "x".repeat(700 * 1024) + "-->";
        byte[] body = (padding + contact).getBytes(StandardCharsets.UTF_8);

        try (Socket first = new Socket("127.0.0.1", server.port())) {
            first.setSoTimeout(30_000);
            OutputStream out = first.getOutputStream();
            out.write(head(user, body.length));
            out.write(body, 0, body.length - contact.length());
            out.flush();

            // Once the first body's 700 KiB are held, a second of as much cannot fit beside them. Sent while the
            // first's bytes were still arriving, the second could take the room first and the first be refused.
            awaitReadByServer(first);
            Reply second = server.as(user).post("/contacts", new String(body, StandardCharsets.UTF_8));
            out.write(body, body.length - contact.length(), contact.length());
            out.flush();

            assertThat(second.status()).isEqualTo(503);
            assertThat(second.header("Retry-After")).contains("1");
            assertThat(XPath.value(second.body(), "/hash/message"))
                    .isEqualTo("Too many request bodies are arriving at once; retry in 1 second");
            assertThat(RawHttp.head(first.getInputStream())).startsWith("HTTP/1.1 201");
        }
        assertThat(server.as(user).post("/contacts", new String(body, StandardCharsets.UTF_8)).status())
                .as("the first body's bytes given back").isEqualTo(201);
    }

    private static byte[] head(TestUser user, int length) {
        return ("POST /contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\nAuthorization: "
                + Fixtures.basic(user.email(), user.password()) + "\r\nContent-Length: " + length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Waits until the server has read every byte sent on the connection: its socket's receive queue and the client's
     * send queue are empty (Linux's /proc/net/tcp). Elsewhere, a pause long enough for a loopback read.
     */
    private static void awaitReadByServer(Socket connection) throws IOException {
        Path table = Path.of("/proc/net/tcp");
        if (!Files.isReadable(table)) {
            sleep(500);
            return;
        }
        String client = String.format(":%04X", connection.getLocalPort());
        String serverSide = String.format(":%04X", connection.getPort());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            boolean pending = false;
            for (String line : Files.readAllLines(table)) {
                String[] fields = line.trim().split("\\s+");
                boolean ours = fields.length > 4 && (fields[1].endsWith(client) && fields[2].endsWith(serverSide)
                        || fields[1].endsWith(serverSide) && fields[2].endsWith(client));
                pending |= ours && !fields[4].equals("00000000:00000000");
            }
            if (!pending) {
                return;
            }
            sleep(5);
        }
        throw new AssertionError("the server did not read the first body within 10 s");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
