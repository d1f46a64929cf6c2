package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Paths, methods and formats: 404, 405 with Allow, trailing slashes, ignored bodies, 406 and 415. */
class RoutingAndNegotiationTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    @ParameterizedTest
    @ValueSource(strings = {"/contacts/abc", "/contacts/0", "/contacts/-1", "/contacts/1.5", "/contacts/+1",
            "/contacts/99999999999999999999", "/contacts/9223372036854775808", "/clients/x/contacts", "/nowhere",
            "/contacts/1/extra", "//contacts"})
    void aPathThatIsNotAResourceIsNotFound(String path) {
        Reply reply = server.newUserApi().get(path);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(XPath.value(reply.body(), "/hash/message")).isNotEmpty();
    }

    @Test
    void aTrailingSlashIsTheSameResource() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());

        assertThat(server.as(user).get("/contacts/").status()).isEqualTo(200);
        assertThat(XPath.count(server.as(user).get("/contacts/").body(), "/contacts/contact")).isEqualTo(1);
        assertThat(server.as(user).get("/contacts/" + contact.id().value() + "/").status()).isEqualTo(200);
        assertThat(server.as(user).post("/contacts/", Fixtures.contactXml(client.id().value(), "A", "B")).status())
                .isEqualTo(201);
    }

    @Test
    void aKnownPathWithTheWrongMethodIs405WithAllow() {
        Api api = server.newUserApi();

        Reply onList = api.delete("/contacts");
        Reply onOne = api.post("/contacts/5", "<contact/>");
        Reply onToggle = api.get("/clients/5/toggle");

        assertThat(onList.status()).isEqualTo(405);
        assertThat(onList.header("Allow")).contains("GET, HEAD, POST");
        assertThat(onOne.status()).isEqualTo(405);
        assertThat(onOne.header("Allow")).contains("GET, HEAD, PUT, DELETE");
        assertThat(onToggle.header("Allow")).contains("POST");
        assertThat(XPath.value(onList.body(), "/hash/message")).contains("GET, HEAD, POST");
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        Reply reply = server.newUserApi().send("HEAD", "/contacts", (String) null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        assertThat(reply.contentType()).startsWith("application/xml");
    }

    @Test
    void aBodySentWithGetOrDeleteIsIgnored() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());
        String auth = "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((user.email() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
        byte[] junk = "<!DOCTYPE x><not-xml".getBytes(StandardCharsets.UTF_8);

        String get = RawHttp.exchange(server.port(), "GET /contacts/" + contact.id().value() + " HTTP/1.1\r\n" + auth
                + "\r\nContent-Type: image/png\r\nContent-Length: " + junk.length, junk);
        String delete = RawHttp.exchange(server.port(), "DELETE /contacts/" + contact.id().value() + " HTTP/1.1\r\n"
                + auth + "\r\nContent-Length: " + junk.length, junk);

        assertThat(RawHttp.status(get)).isEqualTo(200);
        assertThat(RawHttp.body(get)).contains("<first-name>Jane</first-name>");
        assertThat(RawHttp.status(delete)).isEqualTo(200);
        assertThat(server.as(user).get("/contacts/" + contact.id().value()).status()).isEqualTo(404);
    }

    @Test
    void aClientExpectingContinueGetsItOnlyWhenItsBodyIsWanted() throws Exception {
        TestUser user = domain.newUser();
        String auth = "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((user.email() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
        byte[] body = "<client><name>Continued</name></client>".getBytes(StandardCharsets.UTF_8);
        String head = "POST /clients HTTP/1.1\r\nContent-Type: application/xml\r\n"
                + "Expect: 100-continue\r\nContent-Length: " + body.length + "\r\n";

        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((head + "Host: 127.0.0.1\r\n" + auth + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertThat(RawHttp.head(socket.getInputStream())).startsWith("HTTP/1.1 100");
            socket.getOutputStream().write(body);
            assertThat(RawHttp.head(socket.getInputStream())).startsWith("HTTP/1.1 201");
        }
        String refused = RawHttp.exchange(server.port(), head.strip() + "\r\nAuthorization: Basic bm9ib2R5Og==",
                new byte[0]);
        assertThat(refused).startsWith("HTTP/1.1 401").doesNotContain("100 Continue");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/xml", "text/xml", "application/*", "text/html, */*;q=0.1",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    void theseAcceptHeadersGetXml(String accept) {
        Reply reply = server.newUserApi().with("Accept", accept).get("/contacts");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/xml; charset=utf-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json, */*", "application/xml;q=0.5, application/json",
            "application/json; charset=utf-8"})
    void theseAcceptHeadersGetJson(String accept) {
        Reply reply = server.newUserApi().with("Accept", accept).get("/contacts");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json; charset=utf-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "image/png", "application/json;q=0, application/xml;q=0",
            "text/*;q=0.5, application/xml;q=0"})
    void anAcceptThatAllowsNeitherFormatIs406(String accept) {
        Reply reply = server.newUserApi().with("Accept", accept).get("/contacts");

        assertThat(reply.status()).isEqualTo(406);
        assertThat(XPath.value(reply.body(), "/hash/message")).contains("application/xml or application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml; charset=ISO-8859-1", "multipart/form-data; boundary=x"})
    void aBodyOfAnotherTypeIs415(String contentType) {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);

        Reply reply = server.as(user).with("Content-Type", contentType)
                .post("/contacts", Fixtures.contactXml(client.id().value(), "A", "B"));

        assertThat(reply.status()).isEqualTo(415);
        assertThat(XPath.value(reply.body(), "/hash/message")).startsWith("Unsupported media type");
    }

    @Test
    void aBodyWithoutContentTypeIsReadAsXml() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        String auth = "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((user.email() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
        byte[] body = Fixtures.contactXml(client.id().value(), "No", "Type").getBytes(StandardCharsets.UTF_8);

        String response = RawHttp.exchange(server.port(), "POST /contacts HTTP/1.1\r\n" + auth
                + "\r\nContent-Length: " + body.length, body);

        assertThat(RawHttp.status(response)).isEqualTo(201);
    }

    @Test
    void aHugeDeclaredBodyIsRefusedWithoutWaitingForIt() {
        TestUser user = domain.newUser();
        String auth = "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((user.email() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));

        String response = RawHttp.exchange(server.port(), "POST /contacts HTTP/1.1\r\n" + auth
                + "\r\nContent-Type: application/xml\r\nContent-Length: 10000000000", new byte[0]);

        assertThat(RawHttp.status(response)).isEqualTo(413);
        Xsd.assertValid(RawHttp.body(response));
    }
}
