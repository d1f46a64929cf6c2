package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactUid;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /clients/{id}/contacts/import} over HTTP on the in-memory store: dry run, commit, all or nothing. */
class ImportTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    private static final String CARDS = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nEMAIL:JANE@example.com\r\n"
            + "TITLE:Chief\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Roe;John;;;\r\nEMAIL:john@example.com\r\n"
            + "END:VCARD\r\n";

    @Test
    void aDryRunReportsEachEntryInXmlAndChangesNothing() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact jane = Fixtures.contact(domain, user, aContact().forClient(client.id()).withEmail("jane@example.com"));

        Reply reply = server.as(user).with("Content-Type", "text/vcard")
                .post(importPath(client) + "?dry_run=true", CARDS);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(XPath.value(reply.body(), "/entries/@type")).isEqualTo("array");
        assertThat(XPath.value(reply.body(), "/entries/entry[1]/outcome")).isEqualTo("updated");
        assertThat(XPath.value(reply.body(), "/entries/entry[1]/contact-id")).isEqualTo(id(jane));
        assertThat(XPath.value(reply.body(), "/entries/entry[2]/index")).isEqualTo("1");
        assertThat(XPath.value(reply.body(), "/entries/entry[2]/outcome")).isEqualTo("created");
        assertThat(XPath.value(reply.body(), "/entries/entry[2]/contact-id/@nil")).isEqualTo("true");
        assertThat(contacts(user, client)).containsExactly(jane);
    }

    @Test
    void aCommitCreatesAndUpdatesExactlyTheReportedOnesAnswering201InJson() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact jane = Fixtures.contact(domain, user, aContact().forClient(client.id()).withEmail("jane@example.com"));

        Reply reply = server.as(user).json().with("Content-Type", "text/vcard").post(importPath(client), CARDS);

        assertThat(reply.status()).isEqualTo(201);
        Object body = Json.parse(reply.body());
        assertThat(Json.at(body, 0, "entry", "outcome")).isEqualTo("updated");
        assertThat(Json.at(body, 0, "entry", "contact_id")).isEqualTo(jane.id().value());
        assertThat(Json.at(body, 1, "entry", "outcome")).isEqualTo("created");
        List<Contact> stored = contacts(user, client);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).fields().title()).contains("Chief");
        assertThat(stored.get(1).id().value()).isEqualTo(Json.at(body, 1, "entry", "contact_id"));
        assertThat(stored.get(1).fields().firstName()).isEqualTo("John");
    }

    @Test
    void anOutlookCsvSavedInWindows1252IsReadInTheCharsetItsContentTypeNames() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        byte[] outlook = "First Name,Last Name,E-mail Address\r\nRen\u00e9e,Zo\u00eb,renee@example.com\r\n"
                .getBytes(Charset.forName("windows-1252"));

        Reply reply = server.as(user).json().with("Content-Type", "text/csv; charset=windows-1252")
                .sendBytes("POST", importPath(client), outlook);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(contacts(user, client)).singleElement().satisfies(contact -> {
            assertThat(contact.fields().firstName()).isEqualTo("Ren\u00e9e");
            assertThat(contact.fields().lastName()).contains("Zo\u00eb");
        });
    }

    @Test
    void oneInvalidEntryAnswers422WithTheReportAndWritesNothing() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        String csv = "first_name,last_name,email\r\nAda,Lovelace,ada@example.com\r\nNo,,not-an-email\r\n";

        Reply reply = server.as(user).with("Content-Type", "text/csv").post(importPath(client), csv);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(XPath.value(reply.body(), "/entries/entry[1]/outcome")).isEqualTo("created");
        assertThat(XPath.value(reply.body(), "/entries/entry[2]/outcome")).isEqualTo("refused");
        assertThat(XPath.value(reply.body(), "/entries/entry[2]/messages"))
                .isEqualTo("Last name can't be blank; Email is invalid");
        assertThat(contacts(user, client)).isEmpty();
    }

    @Test
    void anExportedUidUpdatesItsContact() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact jane = Fixtures.contact(domain, user, client.id());
        String card = "BEGIN:VCARD\nVERSION:4.0\nUID:" + ContactUid.of(user.account(), jane.id())
                + "\nN:Doe;Janet;;;\nEND:VCARD\n";

        Reply reply = server.as(user).with("Content-Type", "text/vcard").post(importPath(client), card);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(contacts(user, client)).singleElement()
                .satisfies(contact -> assertThat(contact.fields().firstName()).isEqualTo("Janet"));
    }

    @Test
    void refusesBadFilesWithAClearAnswerAndWritesNothing() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Api api = server.as(user);

        assertThat(api.with("Content-Type", "application/json").post(importPath(client), "{}").status())
                .isEqualTo(415);
        assertThat(api.with("Content-Type", "text/csv").post(importPath(client), "Jane,Doe\n").status())
                .isEqualTo(400);
        assertThat(api.with("Content-Type", "text/vcard").post(importPath(client), "hello").status())
                .isEqualTo(400);
        Reply latin1 = api.with("Content-Type", "text/vcard").sendBytes("POST", importPath(client),
                new byte[] {'B', 'E', 'G', 'I', 'N', ':', 'V', 'C', 'A', 'R', 'D', '\n', 'N', ':', (byte) 0xFC});
        assertThat(latin1.status()).isEqualTo(400);
        assertThat(XPath.value(latin1.body(), "/hash/message")).contains("UTF-8");
        assertThat(api.with("Content-Type", "text/csv; charset=no-such-set").post(importPath(client),
                "first_name\nA\n").status()).isEqualTo(415);
        assertThat(api.with("Content-Type", "text/csv").post(importPath(client) + "?dry_run=maybe",
                "first_name\nA\n").status()).isEqualTo(400);
        assertThat(contacts(user, client)).isEmpty();
    }

    @Test
    void aClientOfAnotherAccountIsNotFound() {
        Client foreign = Fixtures.client(domain, domain.newUser());

        Reply reply = server.newUserApi().with("Content-Type", "text/vcard").post(importPath(foreign), CARDS);

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void tenThousandAndOneTinyCardsAre413() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);

        Reply reply = server.as(user).with("Content-Type", "text/vcard")
                .post(importPath(client), "BEGIN:VCARD\nN:D;J\nEND:VCARD\n".repeat(10_001));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(XPath.value(reply.body(), "/hash/message")).contains("at most 10000");
        assertThat(contacts(user, client)).isEmpty();
    }

    @Test
    void aClientThatGoesAwayMidUploadWritesNothing() throws IOException {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        byte[] body = CARDS.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + importPath(client) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/vcard\r\n"
                + "Authorization: " + Fixtures.basic(user.email(), user.password()) + "\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);

        try (Socket connection = new Socket("127.0.0.1", server.port())) {
            OutputStream out = connection.getOutputStream();
            out.write(head);
            // The first card whole, the second cut short: a body that never arrives.
            out.write(body, 0, CARDS.indexOf("BEGIN:VCARD", 1) + 20);
            out.flush();
        }
        Reply after = server.as(user).with("Content-Type", "text/csv")
                .post(importPath(client) + "?dry_run=true", "first_name,last_name\nAda,Lovelace\n");

        assertThat(after.status()).isEqualTo(200);
        assertThat(contacts(user, client)).isEmpty();
    }

    @Test
    void aTypeNoFileIsReadInIsRefusedBeforeItsBodyIsSent() throws IOException {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        byte[] head = ("POST " + importPath(client) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/pdf\r\nAuthorization: " + Fixtures.basic(user.email(), user.password())
                + "\r\nContent-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);

        try (Socket connection = new Socket("127.0.0.1", server.port())) {
            connection.setSoTimeout(10_000);
            connection.getOutputStream().write(head);
            connection.getOutputStream().flush();

            assertThat(RawHttp.status(RawHttp.head(connection.getInputStream()))).isEqualTo(415);
        }
    }

    private static String importPath(Client client) {
        return "/clients/" + client.id().value() + "/contacts/import";
    }

    private static String id(Contact contact) {
        return Long.toString(contact.id().value());
    }

    private static List<Contact> contacts(TestUser user, Client client) {
        try (Stream<Contact> stored = domain.useCases().listContacts()
                .listContacts(user.account(), ContactFilter.ofClient(client.id()))) {
            return stored.toList();
        }
    }
}
