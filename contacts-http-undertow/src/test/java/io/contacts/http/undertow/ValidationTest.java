package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 422: every validation problem of a body, all at once, in Rails' words; nothing stored. */
class ValidationTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    @Test
    void listsEveryMissingRequiredFieldInXml() {
        TestUser user = domain.newUser();

        Reply reply = server.as(user).post("/contacts", "<contact><email>not-an-address</email></contact>");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(XPath.count(reply.body(), "/errors/error")).isEqualTo(4);
        assertThat(reply.body()).contains("<error>Client can't be blank</error>", "<error>First name can't be blank</error>",
                "<error>Last name can't be blank</error>", "<error>Email is invalid</error>");
        assertThat(XPath.count(server.as(user).get("/contacts").body(), "/contacts/contact")).isZero();
    }

    @Test
    void listsEveryProblemInJson() {
        TestUser user = domain.newUser();

        Reply reply = server.as(user).json().post("/contacts",
                "{\"contact\":{\"client_id\":null,\"first_name\":\"\",\"last_name\":\"" + "x".repeat(256) + "\"}}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(Json.parse(reply.body())).isEqualTo(Json.parse("{\"errors\":[\"Client can't be blank\","
                + "\"First name can't be blank\",\"Last name is too long (maximum is 255 characters)\"]}"));
    }

    @Test
    void aClientOfAnotherAccountIsNotAClient() {
        Client foreign = Fixtures.client(domain, domain.newUser());

        Reply reply = server.newUserApi().post("/contacts", Fixtures.contactXml(foreign.id().value(), "A", "B"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(XPath.value(reply.body(), "/errors/error")).isEqualTo("Client does not exist");
    }

    @Test
    void anUpdateThatBreaksTheRulesChangesNothing() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());
        String path = "/contacts/" + contact.id().value();

        Reply reply = server.as(user).put(path,
                "<contact><first-name nil=\"true\"/><title>" + "t".repeat(300) + "</title></contact>");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(List.of(XPath.value(reply.body(), "/errors/error[1]"), XPath.value(reply.body(), "/errors/error[2]")))
                .containsExactly("First name can't be blank", "Title is too long (maximum is 255 characters)");
        String stored = server.as(user).get(path).body();
        assertThat(XPath.value(stored, "/contact/first-name")).isEqualTo("Jane");
        assertThat(XPath.value(stored, "/contact/title")).isEqualTo("President");
    }

    @Test
    void aNonIntegerOrOutOfRangeClientIdIsAMalformedRequest() {
        Api api = server.newUserApi();

        Reply letters = api.post("/contacts", Fixtures.contactXml(0, "A", "B").replace("<client-id type=\"integer\">0",
                "<client-id type=\"integer\">nine"));
        Reply huge = api.post("/contacts", Fixtures.contactXml(0, "A", "B").replace(">0<", ">99999999999999999999<"));
        Reply fraction = api.json().post("/contacts", "{\"contact\":{\"client_id\":1.5,\"first_name\":\"A\"}}");
        Reply bool = api.json().post("/contacts", "{\"contact\":{\"client_id\":true,\"first_name\":\"A\"}}");

        assertThat(letters.status()).isEqualTo(400);
        assertThat(XPath.value(letters.body(), "/hash/message")).isEqualTo("client-id must be an integer");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(Json.parse(fraction.body())).isEqualTo(Json.parse("{\"message\":\"client_id must be an integer\"}"));
        assertThat(bool.status()).isEqualTo(400);
    }

    @Test
    void aZeroOrNegativeClientIdIsAnUnknownClient() {
        Reply reply = server.newUserApi().post("/contacts", Fixtures.contactXml(-4, "A", "B"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(XPath.value(reply.body(), "/errors/error")).isEqualTo("Client does not exist");
    }
}
