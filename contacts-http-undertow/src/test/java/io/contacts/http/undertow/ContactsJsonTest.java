package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

/** The contact routes in JSON, Harvest v1 style: wrapped objects, underscore keys, null for absent values. */
class ContactsJsonTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    @Test
    void showsOneContactAsAWrappedObject() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());

        Reply reply = server.as(user).json().get("/contacts/" + contact.id().value());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(Json.parse(reply.body())).isEqualTo(Json.parse("{\"contact\":{"
                + "\"created_at\":\"2008-04-09T12:07:56Z\",\"title\":\"President\","
                + "\"updated_at\":\"2008-04-09T12:07:56Z\",\"phone_office\":\"555.555.5555\","
                + "\"id\":" + contact.id().value() + ",\"client_id\":" + client.id().value() + ","
                + "\"fax\":\"555.555.9999\",\"last_name\":\"Doe\",\"email\":\"Jane@Doe.com\","
                + "\"first_name\":\"Jane\",\"phone_mobile\":\"555.555.7777\"}}"));
    }

    @Test
    void listsAreArraysOfWrappedObjects() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact first = Fixtures.contact(domain, user, client.id());
        Contact second = Fixtures.contact(domain, user, aContact().forClient(client.id()).withoutOptionalFields());

        Reply reply = server.as(user).json().get("/contacts");

        assertThat(reply.status()).isEqualTo(200);
        Object parsed = Json.parse(reply.body());
        assertThat(Json.at(parsed, 0, "contact", "id")).isEqualTo(first.id().value());
        assertThat(Json.at(parsed, 1, "contact", "id")).isEqualTo(second.id().value());
        assertThat(Json.at(parsed, 1, "contact", "fax")).isNull();
        assertThat(Json.has(parsed, 1, "contact", "fax")).isTrue();
        assertThat(Json.parse(server.newUserApi().json().get("/contacts").body())).isEqualTo(Json.parse("[]"));
    }

    @Test
    void createsFromAWrappedObject() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);

        Reply reply = server.as(user).json().post("/contacts", "{\"contact\":{\"client_id\":" + client.id().value()
                + ",\"first_name\":\" Ann \",\"last_name\":\"Lee\",\"email\":null,\"id\":77,\"extra\":{\"a\":[1]}}}");

        assertThat(reply.status()).isEqualTo(201);
        Object parsed = Json.parse(reply.body());
        long id = (Long) Json.at(parsed, "contact", "id");
        assertThat(id).isNotEqualTo(77L);
        assertThat(reply.header("Location")).contains("/contacts/" + id);
        assertThat(Json.at(parsed, "contact", "first_name")).isEqualTo("Ann");
        assertThat(Json.at(parsed, "contact", "email")).isNull();
    }

    @Test
    void updatesOnlyTheMembersSentAndNullClears() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());
        String path = "/contacts/" + contact.id().value();

        Reply reply = server.as(user).json().put(path, "{\"contact\":{\"title\":\"CEO\",\"fax\":null}}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Location")).contains(path);
        Object parsed = Json.parse(reply.body());
        assertThat(Json.at(parsed, "contact", "title")).isEqualTo("CEO");
        assertThat(Json.at(parsed, "contact", "fax")).isNull();
        assertThat(Json.at(parsed, "contact", "phone_mobile")).isEqualTo("555.555.7777");
    }

    @Test
    void aClientIdSentAsAStringOfDigitsIsAccepted() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);

        Reply reply = server.as(user).json().post("/contacts", "{\"contact\":{\"client_id\":\"" + client.id().value()
                + "\",\"first_name\":\"Ann\",\"last_name\":\"Lee\"}}");

        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void xmlInJsonOutAndTheOtherWayRound() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);

        Reply jsonReply = server.as(user).with("Accept", "application/json").with("Content-Type", "application/xml")
                .post("/contacts", Fixtures.contactXml(client.id().value(), "Xml", "In"));
        Reply xmlReply = server.as(user).with("Content-Type", "application/json; charset=utf-8")
                .post("/contacts", "{\"contact\":{\"client_id\":" + client.id().value()
                        + ",\"first_name\":\"Json\",\"last_name\":\"In\"}}");

        assertThat(jsonReply.status()).isEqualTo(201);
        assertThat(Json.at(Json.parse(jsonReply.body()), "contact", "first_name")).isEqualTo("Xml");
        assertThat(xmlReply.status()).isEqualTo(201);
        assertThat(XPath.value(xmlReply.body(), "/contact/first-name")).isEqualTo("Json");
    }

    @Test
    void errorsAreJsonMessages() {
        Reply reply = server.newUserApi().json().get("/contacts/99999999");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(Json.parse(reply.body())).isEqualTo(Json.parse("{\"message\":\"Contact 99999999 not found\"}"));
    }

    @Test
    void deleteAnswers200WithAnEmptyBody() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());

        Reply reply = server.as(user).json().delete("/contacts/" + contact.id().value());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
    }
}
