package io.contacts.app.reliability;

import io.contacts.app.ApiClient;
import io.contacts.app.Xml;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a request ends, and what its text says, is beyond doubt (H2 and PostgreSQL): a {@code Content-Length} a
 * long cannot hold, and chunked framing that a strict parser would read otherwise, are refused at once with 400
 * and the connection closed — so no request can hide in another's body — and an XML body is never stored as text
 * other than what was sent, whatever encoding it declares.
 */
class FramingTest {

    /** First in, last out: it records from before the services start until after they stop. */
    @RegisterExtension
    @Order(1)
    static final SecretsInLogs LOGS = SecretsInLogs.atInfoLevel();

    @RegisterExtension
    @Order(2)
    static final ServicesPerStore SERVICES = new ServicesPerStore();

    private static final String TWO_TO_THE_64 = "18446744073709551616";
    private static final String BAD_LENGTH = "Content-Length must be a whole number of bytes below 2^63";
    private static final String BAD_CHUNKS = "The request body's chunked framing is malformed";

    @ParameterizedTest
    @EnumSource(Store.class)
    void aLengthThatOverflowsIsRefusedAndTheRequestHiddenBehindItNeverRuns(Store store) {
        Service service = SERVICES.get(store);
        Tenant tenant = service.newTenant("Smuggled Ltd");
        long client = Service.createClient(tenant.basic(), "Acme");
        long contact = Service.createContact(tenant.basic(), client, "Jane");
        String hidden = "DELETE /contacts/" + contact + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                + authorization(tenant) + "\r\n\r\n";
        String body = "<contact><client-id>" + client + "</client-id><first-name>Eve</first-name></contact>";

        for (String length : new String[] {TWO_TO_THE_64, "18446744073709551653", "99999999999999999999999"}) {
            try (Peer peer = Peer.connect(service.port())) {
                peer.send("POST /contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\nAuthorization: "
                        + authorization(tenant) + "\r\nContent-Length: " + length + "\r\n\r\n" + body + hidden);

                String head = peer.head().orElseThrow();
                assertThat(Peer.status(head)).isEqualTo(400);
                assertThat(Peer.header(head, "Connection")).contains("close");
                assertThat(peer.body(head))
                        .contains(BAD_LENGTH);
                assertThat(peer.head()).as("no second answer: the hidden request never ran").isEmpty();
            }
        }
        assertThat(tenant.basic().get("/contacts/" + contact).statusCode()).isEqualTo(200);
        assertThat(Xml.count(tenant.basic().get("/contacts").body(), "/contacts/contact")).isEqualTo(1);
        Report.line("%s: Content-Length 2^64, 2^64+37 and 10^23 with a DELETE behind the body: 400, connection closed,"
                + " the DELETE never ran", store);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aLengthOfTwoToTheSixtyFourIsA400OnEveryWriteAndNeverA500(Store store) {
        Service service = SERVICES.get(store);
        Tenant tenant = service.newTenant("Overflow Ltd");
        long client = Service.createClient(tenant.basic(), "Acme");
        long contact = Service.createContact(tenant.basic(), client, "Jane");
        String before = Service.snapshot(tenant.basic());

        for (String route : new String[] {"POST /contacts", "PUT /contacts/" + contact, "POST /clients",
                "PUT /clients/" + client}) {
            for (String length : new String[] {TWO_TO_THE_64, "18446744073709551617", "9223372036854775808"}) {
                RawHttp.Answer answer = RawHttp.exchange(service.port(), route + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/xml\r\nAuthorization: " + authorization(tenant)
                        + "\r\nContent-Length: " + length + "\r\n\r\n<contact/>");

                assertThat(answer.status()).as(route + " with Content-Length " + length).isEqualTo(400);
                if (!length.equals("9223372036854775808")) {
                    // 2^63 itself Undertow's parser refuses before the service sees it: a 400 with no body.
                    assertThat(answer.body()).contains(BAD_LENGTH);
                }
                NoLeaks.assertClean(answer.body());
            }
        }
        assertThat(Service.snapshot(tenant.basic())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void chunkedFramingThatIsNotStrictIsRefusedAtOnceAndStoresNothing(Store store) {
        Service service = SERVICES.get(store);
        Tenant tenant = service.newTenant("Funky Chunks Ltd");
        long client = Service.createClient(tenant.basic(), "Acme");
        String contact = "<contact><client-id>" + client + "</client-id><first-name>Eve</first-name>"
                + "<last-name>Doe</last-name></contact>";
        String size = Integer.toHexString(contact.length());
        String before = Service.snapshot(tenant.basic());

        for (String chunks : new String[] {
                size + "\r\n" + contact + "XY",
                size + "\r\n" + contact + "\n0\r\n\r\n",
                size + "\n" + contact + "\r\n0\r\n\r\n",
                size + "\r\n" + contact + "\r\n0\n\n",
                "zz\r\n" + contact}) {
            try (Peer peer = Peer.connect(service.port())) {
                // The connection stays open: a refusal that waited for more bytes would never come.
                peer.send(chunkedHead(tenant) + chunks);

                String head = peer.head().orElseThrow();
                assertThat(Peer.status(head)).as(chunks).isEqualTo(400);
                assertThat(peer.body(head))
                        .contains(BAD_CHUNKS);
                assertThat(peer.closedByServer()).isTrue();
            }
        }
        assertThat(Service.snapshot(tenant.basic())).isEqualTo(before);
        Report.line("%s: 5 chunked bodies framed otherwise than RFC 9112 says (no CRLF after data, bare LFs, a size"
                + " that is not hexadecimal): each 400 at once, connection closed, nothing stored", store);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void wellFramedChunkedBodiesAreReadAndTheConnectionCarriesTheNextRequest(Store store) {
        Service service = SERVICES.get(store);
        Tenant tenant = service.newTenant("Proper Chunks Ltd");
        long client = Service.createClient(tenant.basic(), "Acme");
        String contact = "<contact><client-id>" + client + "</client-id><first-name>Ada</first-name>"
                + "<last-name>Lovelace</last-name></contact>";
        int half = contact.length() / 2;

        try (Peer peer = Peer.connect(service.port())) {
            peer.send(chunkedHead(tenant) + Integer.toHexString(half) + ";note=first\r\n" + contact.substring(0, half)
                    + "\r\n" + Integer.toHexString(contact.length() - half) + "\r\n" + contact.substring(half)
                    + "\r\n0\r\nX-Trailer: yes\r\n\r\n" + "GET /contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + authorization(tenant) + "\r\n\r\n");

            String created = peer.head().orElseThrow();
            assertThat(Peer.status(created)).isEqualTo(201);
            peer.body(created);
            String listed = peer.head().orElseThrow();
            assertThat(Peer.status(listed)).isEqualTo(200);
            assertThat(peer.body(listed))
                    .contains("<first-name>Ada</first-name>");
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void anXmlBodyIsNeverStoredAsTextOtherThanWhatWasSent(Store store) {
        Service service = SERVICES.get(store);
        Tenant tenant = service.newTenant("Encodings Ltd");
        long client = Service.createClient(tenant.basic(), "Acme");
        ApiClient api = tenant.basic();
        String before = Service.snapshot(api);

        for (String encoding : new String[] {"ISO-8859-1", "windows-1252", "US-ASCII"}) {
            HttpResponse<String> refused = api.post("/contacts", "<?xml version=\"1.0\" encoding=\"" + encoding
                    + "\"?><contact><client-id>" + client + "</client-id><first-name>Jürgen</first-name>"
                    + "<last-name>Müller</last-name></contact>");

            assertThat(refused.statusCode()).as(encoding).isEqualTo(400);
            assertThat(Xml.text(refused.body(), "/hash/message")).contains("declares encoding=\"" + encoding + "\"");
        }
        assertThat(Service.snapshot(api)).isEqualTo(before);

        HttpResponse<String> ascii = api.post("/contacts", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                + "<contact><client-id>" + client + "</client-id><first-name>Juergen</first-name>"
                + "<last-name>Mueller</last-name></contact>");
        HttpResponse<String> utf8 = api.post("/contacts", new String(("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<contact><client-id>" + client + "</client-id><first-name>Jürgen</first-name>"
                + "<last-name>Müller</last-name></contact>").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));

        assertThat(ascii.statusCode()).isEqualTo(201);
        assertThat(Xml.text(ascii.body(), "/contact/first-name")).isEqualTo("Juergen");
        assertThat(utf8.statusCode()).isEqualTo(201);
        assertThat(Xml.text(api.get("/contacts/" + Xml.text(utf8.body(), "/contact/id")).body(), "/contact/first-name"))
                .isEqualTo("Jürgen");
    }

    private static String chunkedHead(Tenant tenant) {
        return "POST /contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\nAuthorization: "
                + authorization(tenant) + "\r\nTransfer-Encoding: chunked\r\n\r\n";
    }

    private static String authorization(Tenant tenant) {
        return ApiClient.basicAuthorization(tenant.email(), tenant.password());
    }
}
