package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import's own limits, over HTTP: a file larger than a document is taken in through a temporary file, which is
 * gone once it is answered, and the configured size and entry limits, and the files taken in at once, are kept.
 */
class LargeImportTest {

    private static final int MIB = 1024 * 1024;

    private final List<TestServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(TestServer::close);
    }

    @Test
    void anAddressBookWithPhotosLargerThanADocumentIsImportedAndLeavesNoTemporaryFile() {
        TestServer server = server(ImportLimits.defaults());
        TestUser user = server.domain().newUser();
        Client client = Fixtures.client(server.domain(), user);
        List<Path> before = TemporaryBodyFiles.list();
        String book = photoCards(30, 100_000);
        assertThat(book.length()).isGreaterThan(3 * MIB);

        Reply reply = upload(server, user, client, book);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(contacts(server.domain(), user, client)).isEqualTo(30);
        assertThat(TemporaryBodyFiles.list()).isEqualTo(before);
    }

    @Test
    void aFileOverTheConfiguredSizeIs413WhetherDeclaredOrChunkedAndWritesNothing() {
        TestServer server = server(new ImportLimits(256 * 1024, 100));
        TestUser user = server.domain().newUser();
        Client client = Fixtures.client(server.domain(), user);
        List<Path> before = TemporaryBodyFiles.list();
        String tooLarge = photoCards(3, 100_000);

        Reply declared = upload(server, user, client, tooLarge);
        String chunked = RawHttp.exchange(server.port(), "POST " + importPath(client) + " HTTP/1.1\r\nAuthorization: "
                + Fixtures.basic(user.email(), user.password()) + "\r\nContent-Type: text/vcard\r\n"
                + "Transfer-Encoding: chunked", chunked(tooLarge.getBytes(StandardCharsets.US_ASCII)));

        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.body()).contains("at most 262144 bytes");
        assertThat(RawHttp.status(chunked)).isEqualTo(413);
        assertThat(contacts(server.domain(), user, client)).isZero();
        assertThat(TemporaryBodyFiles.list()).isEqualTo(before);
    }

    @Test
    void aMillionTinyCardsAre413AtTheEntryLimitAndLeaveNoTemporaryFile() {
        TestServer server = server(ImportLimits.defaults());
        TestUser user = server.domain().newUser();
        Client client = Fixtures.client(server.domain(), user);
        List<Path> before = TemporaryBodyFiles.list();
        String million = "BEGIN:VCARD\nN:D;J\nEND:VCARD\n".repeat(1_000_000);

        Reply reply = upload(server, user, client, million);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body()).contains("at most 10000 are imported at once");
        assertThat(contacts(server.domain(), user, client)).isZero();
        assertThat(TemporaryBodyFiles.list()).isEqualTo(before);
    }

    @Test
    void aFileWithMoreEntriesThanConfiguredIs413AndWritesNothing() {
        TestServer server = server(new ImportLimits(ImportLimits.MIN_BYTES, 3));
        TestUser user = server.domain().newUser();
        Client client = Fixtures.client(server.domain(), user);

        Reply four = server.as(user).with("Content-Type", "text/csv").post(importPath(client),
                "first_name\nA\nB\nC\nD\n");

        assertThat(four.status()).isEqualTo(413);
        assertThat(four.body()).contains("at most 3 are imported at once");
        assertThat(contacts(server.domain(), user, client)).isZero();
    }

    @Test
    void aUserMayHaveTwoFilesArrivingAndTheServiceFourAndOnePastEitherIs503() throws Exception {
        TestServer server = server(new ImportLimits(2 * MIB, 100));
        TestUser ann = server.domain().newUser();
        TestUser bob = server.domain().newUser();
        TestUser cat = server.domain().newUser();
        List<Path> before = TemporaryBodyFiles.list();
        String book = photoCards(15, 100_000);
        List<Socket> held = new ArrayList<>();
        try {
            Client annsClient = Fixtures.client(server.domain(), ann);
            held.add(holdUpload(server, ann, annsClient, 2 * MIB - 1));
            held.add(holdUpload(server, ann, annsClient, 2 * MIB - 1));
            TemporaryBodyFiles.await(before, RequestBudgets.FILES_PER_USER, 2 * MIB - 2);
            Reply annsThird = upload(server, ann, annsClient, book);
            Reply bobs = upload(server, bob, Fixtures.client(server.domain(), bob), book);
            held.add(holdUpload(server, bob, Fixtures.client(server.domain(), bob), 2 * MIB - 1));
            held.add(holdUpload(server, bob, Fixtures.client(server.domain(), bob), 2 * MIB - 1));
            TemporaryBodyFiles.await(before, RequestBudgets.FILES_AT_ONCE, 2 * MIB - 2);
            Reply cats = upload(server, cat, Fixtures.client(server.domain(), cat), book);

            assertThat(annsThird.status()).as("past the user's two").isEqualTo(503);
            assertThat(annsThird.body()).contains("Too many files are arriving at once");
            assertThat(annsThird.headers().firstValue("Retry-After")).contains("5");
            assertThat(bobs.status()).as("another user's, meanwhile").isEqualTo(201);
            assertThat(cats.status()).as("past the service's four").isEqualTo(503);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        TemporaryBodyFiles.await(before, 0, 0);
        Client annsOther = Fixtures.client(server.domain(), ann);
        assertThat(upload(server, ann, annsOther, book).status()).isEqualTo(201);
        assertThat(contacts(server.domain(), ann, annsOther)).isEqualTo(15);
    }

    @Test
    void withNoWritableTemporaryDirectoryALargeFileIs503AndASmallOneIsStillImported(@TempDir Path dir) {
        ImportLimits defaults = ImportLimits.defaults();
        TestServer server = server(new ImportLimits(defaults.maxBytes(), defaults.maxEntries(), dir.resolve("gone")));
        TestUser user = server.domain().newUser();
        Client client = Fixtures.client(server.domain(), user);

        Reply large = upload(server, user, client, photoCards(12, 100_000));
        Reply small = upload(server, user, client, photoCards(2, 1_000));

        assertThat(large.status()).isEqualTo(503);
        assertThat(large.body()).contains("cannot be stored");
        assertThat(large.headers().firstValue("Retry-After")).contains("60");
        assertThat(small.status()).isEqualTo(201);
        assertThat(contacts(server.domain(), user, client)).isEqualTo(2);
    }

    private static Reply upload(TestServer server, TestUser user, Client client, String cards) {
        return server.as(user).with("Content-Type", "text/vcard").post(importPath(client), cards);
    }

    private TestServer server(ImportLimits limits) {
        TestServer server = TestServer.builder().settings(settings -> settings.withImports(limits)).start();
        servers.add(server);
        return server;
    }

    /** Sends the head and all but one byte of a vCard upload, and keeps the connection open. */
    private static Socket holdUpload(TestServer server, TestUser user, Client client, int sent) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + importPath(client) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/vcard\r\n"
                + "Authorization: " + Fixtures.basic(user.email(), user.password()) + "\r\nContent-Length: "
                + (sent + 1) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(new byte[sent]);
        out.flush();
        return socket;
    }

    /** vCard 3.0 cards as Apple exports them: each with a JPEG photo, base64 folded at 75 characters. */
    private static String photoCards(int count, int photoBytes) {
        Random random = new Random(count);
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < count; i++) {
            byte[] photo = new byte[photoBytes];
            random.nextBytes(photo);
            String base64 = Base64.getEncoder().encodeToString(photo);
            cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person;Number").append(i).append(";;;\r\n")
                    .append("EMAIL;type=INTERNET;type=WORK;type=pref:p").append(i).append("@example.com\r\n")
                    .append("PHOTO;ENCODING=b;TYPE=JPEG:");
            for (int at = 0; at < base64.length(); at += 74) {
                cards.append(at == 0 ? "" : "\r\n ").append(base64, at, Math.min(base64.length(), at + 74));
            }
            cards.append("\r\nEND:VCARD\r\n");
        }
        return cards.toString();
    }

    private static byte[] chunked(byte[] body) {
        StringBuilder framed = new StringBuilder();
        for (int at = 0; at < body.length; at += 8192) {
            int length = Math.min(8192, body.length - at);
            framed.append(Integer.toHexString(length)).append("\r\n")
                    .append(new String(body, at, length, StandardCharsets.US_ASCII)).append("\r\n");
        }
        return framed.append("0\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String importPath(Client client) {
        return "/clients/" + client.id().value() + "/contacts/import";
    }

    private static long contacts(TestDomain domain, TestUser user, Client client) {
        try (Stream<?> stored = domain.useCases().listContacts()
                .listContacts(user.account(), ContactFilter.ofClient(client.id()))) {
            return stored.count();
        }
    }
}
