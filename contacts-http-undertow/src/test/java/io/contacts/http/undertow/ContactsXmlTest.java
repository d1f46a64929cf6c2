package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's six contact routes in XML, the default format: golden documents, statuses and headers. */
class ContactsXmlTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    @Test
    void listsTheAccountsContactsExactlyAsTheSeedShowsThem() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());

        Reply reply = server.as(user).get("/contacts");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/xml; charset=utf-8");
        Golden.assertMatches("account-contacts.xml", reply.body(),
                Map.of("9", contact.id().value(), "11072", client.id().value()));
    }

    @Test
    void listsOneClientsContactsExactlyAsTheSeedShowsThem() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Client other = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());
        Fixtures.contact(domain, user, aContact().forClient(other.id()).withFirstName("Other"));

        Reply reply = server.as(user).get("/clients/" + client.id().value() + "/contacts");

        assertThat(reply.status()).isEqualTo(200);
        Golden.assertMatches("client-contacts.xml", reply.body(),
                Map.of("9", contact.id().value(), "11072", client.id().value()));
    }

    @Test
    void showsOneContactExactlyAsTheSeedShowsIt() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());

        Reply reply = server.as(user).get("/contacts/" + contact.id().value());

        assertThat(reply.status()).isEqualTo(200);
        Golden.assertMatches("contact.xml", reply.body(),
                Map.of("9", contact.id().value(), "11072", client.id().value()));
    }

    @Test
    void createsAContactFromTheSeedsOwnBody() {
        // A store of its own, so that the seed's client-id 9 is a client of this user's account.
        try (TestServer fresh = TestServer.start()) {
            TestUser user = fresh.domain().newUser();
            Client client = null;
            for (int i = 0; i < 9; i++) {
                client = Fixtures.client(fresh.domain(), user);
            }
            assertThat(client.id().value()).isEqualTo(9);

            Reply reply = fresh.as(user).post("/contacts", Golden.read("create-contact.xml"));

            assertThat(reply.status()).isEqualTo(201);
            String id = XPath.value(reply.body(), "/contact/id");
            assertThat(reply.header("Location")).contains("/contacts/" + id);
            Golden.assertMatches("contact.xml", reply.body(), Map.of("9", Long.parseLong(id), "11072", 9L));
            assertThat(fresh.as(user).get("/contacts/" + id).body()).isEqualTo(reply.body());
        }
    }

    @Test
    void updatesAContactWithTheSeedsOwnBody() {
        try (TestServer fresh = TestServer.start()) {
            TestUser user = fresh.domain().newUser();
            Client client = null;
            for (int i = 0; i < 9; i++) {
                client = Fixtures.client(fresh.domain(), user);
            }
            Contact contact = Fixtures.contact(fresh.domain(), user, client.id());

            Reply reply = fresh.as(user).put("/contacts/" + contact.id().value(), Golden.read("update-contact.xml"));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Location")).contains("/contacts/" + contact.id().value());
            assertThat(XPath.value(reply.body(), "/contact/email")).isEqualTo("Jane@JaneDoe.com");
            assertThat(XPath.value(reply.body(), "/contact/phone-office")).isEqualTo("555.555.1111");
            assertThat(XPath.value(reply.body(), "/contact/fax")).isEqualTo("555.555.3333");
            // The seed's update body has no title: it keeps its value.
            assertThat(XPath.value(reply.body(), "/contact/title")).isEqualTo("President");
        }
    }

    @Test
    void createAnswers201WithLocationAndTheCreatedContact() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);

        Reply reply = server.as(user).post("/contacts", Fixtures.contactXml(client.id().value(), "Ann", "Lee"));

        assertThat(reply.status()).isEqualTo(201);
        String id = XPath.value(reply.body(), "/contact/id");
        assertThat(reply.header("Location")).contains("/contacts/" + id);
        assertThat(XPath.value(reply.body(), "/contact/first-name")).isEqualTo("Ann");
        assertThat(XPath.value(reply.body(), "/contact/client-id")).isEqualTo(Long.toString(client.id().value()));
        assertThat(XPath.value(reply.body(), "/contact/client-id/@type")).isEqualTo("integer");
        // Optional values not sent are absent, shown nil.
        assertThat(XPath.value(reply.body(), "/contact/fax/@nil")).isEqualTo("true");
        assertThat(XPath.value(reply.body(), "/contact/email/@nil")).isEqualTo("true");
        assertThat(reply.header("ETag")).isPresent();
    }

    @Test
    void aCarriageReturnSurvivesTheTripThroughXml() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user,
                aContact().forClient(client.id()).withTitle("Line one\r\nLine two\rend"));

        String one = server.as(user).get("/contacts/" + contact.id().value()).body();
        String list = server.as(user).get("/clients/" + client.id().value() + "/contacts").body();

        assertThat(XPath.value(one, "/contact/title")).isEqualTo("Line one\r\nLine two\rend");
        assertThat(XPath.value(list, "/contacts/contact/title")).isEqualTo("Line one\r\nLine two\rend");
    }

    @Test
    void absentValuesAndEmptyListsAreSelfClosedAsRailsWroteThem() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);

        Reply empty = server.as(user).get("/clients/" + client.id().value() + "/contacts");
        Reply created = server.as(user).post("/contacts", Fixtures.contactXml(client.id().value(), "Ann", "Lee"));

        assertThat(empty.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<contacts type=\"array\"/>\n");
        assertThat(created.body()).contains("\n  <fax nil=\"true\"/>\n").contains("\n  <email nil=\"true\"/>\n")
                .contains("\n  <first-name>Ann</first-name>\n");
    }

    @Test
    void updateChangesOnlyTheElementsSentAndClearsNilOrEmptyOnes() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());
        String path = "/contacts/" + contact.id().value();

        Reply reply = server.as(user).put(path,
                "<contact><title>  CEO  </title><fax nil=\"true\"/><phone-mobile></phone-mobile></contact>");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Location")).contains(path);
        String body = server.as(user).get(path).body();
        assertThat(XPath.value(body, "/contact/title")).isEqualTo("CEO");
        assertThat(XPath.value(body, "/contact/fax/@nil")).isEqualTo("true");
        assertThat(XPath.value(body, "/contact/phone-mobile/@nil")).isEqualTo("true");
        assertThat(XPath.value(body, "/contact/first-name")).isEqualTo("Jane");
        assertThat(XPath.value(body, "/contact/email")).isEqualTo("Jane@Doe.com");
    }

    @Test
    void aContactSentBackWholeIgnoresReadOnlyAndUnknownElements() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());
        String path = "/contacts/" + contact.id().value();
        String whole = server.as(user).get(path).body()
                .replace("<title>President</title>", "<title>Chair</title><nickname>JD</nickname>")
                .replace("<id type=\"integer\">" + contact.id().value() + "</id>", "<id type=\"integer\">999999</id>")
                .replace("2008-04-09T12:07:56Z", "1999-01-01T00:00:00Z");

        Reply reply = server.as(user).put(path, whole);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(XPath.value(reply.body(), "/contact/title")).isEqualTo("Chair");
        assertThat(XPath.value(reply.body(), "/contact/id")).isEqualTo(Long.toString(contact.id().value()));
        assertThat(XPath.value(reply.body(), "/contact/created-at")).isEqualTo("2008-04-09T12:07:56Z");
    }

    @Test
    void deleteAnswers200WithAnEmptyBodyAndTheContactIsGone() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());
        String path = "/contacts/" + contact.id().value();

        Reply reply = server.as(user).delete(path);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        assertThat(server.as(user).get(path).status()).isEqualTo(404);
    }

    @Test
    void anAccountWithoutContactsHasAnEmptyArray() {
        Reply reply = server.newUserApi().get("/contacts");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(XPath.value(reply.body(), "/contacts/@type")).isEqualTo("array");
        assertThat(XPath.count(reply.body(), "/contacts/*")).isZero();
    }

    @Test
    void anotherAccountsContactIsNotFoundForEveryMethod() {
        TestUser owner = domain.newUser();
        Client client = Fixtures.client(domain, owner);
        Contact contact = Fixtures.contact(domain, owner, client.id());
        String path = "/contacts/" + contact.id().value();
        Api stranger = server.newUserApi();

        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(stranger.put(path, "<contact><title>Hacked</title></contact>").status()).isEqualTo(404);
        assertThat(stranger.delete(path).status()).isEqualTo(404);
        assertThat(stranger.get("/clients/" + client.id().value() + "/contacts").status()).isEqualTo(404);
        assertThat(stranger.get("/contacts").body()).doesNotContain("<contact>");
        assertThat(XPath.value(server.as(owner).get(path).body(), "/contact/title")).isEqualTo("President");
    }

    @Test
    void notFoundIsAMessage() {
        Reply reply = server.newUserApi().get("/contacts/123456789");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(XPath.value(reply.body(), "/hash/message")).isEqualTo("Contact 123456789 not found");
    }

    @Test
    void theContactsOfAnUnknownClientAreNotFound() {
        Reply reply = server.newUserApi().get("/clients/987654321/contacts");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(XPath.value(reply.body(), "/hash/message")).contains("Client 987654321 not found");
    }

    @Test
    void textXmlIsAcceptedBothWays() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Api api = server.as(user).with("Accept", "text/xml").with("Content-Type", "text/xml; charset=UTF-8");

        Reply reply = api.post("/contacts", Fixtures.contactXml(client.id().value(), "Tex", "Mex"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.contentType()).isEqualTo("application/xml; charset=utf-8");
    }
}
