package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Harvest v2's contact routes: the documented shapes (golden documents after the v2 docs' examples), partial
 * PATCH, DELETE's 200, v2's error bodies, conditional requests, and a contact without last name as v1 shows it.
 */
class V2ContactsTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    @Test
    void showsAContactAsTheV2DocsDo() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());

        Reply reply = server.v2(user).get("/v2/contacts/" + contact.id().value());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(reply.body()).isEqualTo("{\"id\":" + contact.id().value() + ",\"title\":\"President\","
                + "\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"email\":\"Jane@Doe.com\","
                + "\"phone_office\":\"555.555.5555\",\"phone_mobile\":\"555.555.7777\",\"fax\":\"555.555.9999\","
                + "\"created_at\":\"2008-04-09T12:07:56Z\",\"updated_at\":\"2008-04-09T12:07:56Z\","
                + "\"client\":{\"id\":" + client.id().value() + ",\"name\":\"" + client.name() + "\"}}");
        assertThat(reply.header("ETag")).isPresent();
    }

    @Test
    void createsFromJsonOrFormWithoutALastNameAndV1ShowsItAsNil() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Api v2 = server.v2(user);

        Reply json = v2.post("/v2/contacts", "{\"client_id\":\"" + client.id().value()
                + "\",\"first_name\":\"George\",\"email\":\"georgefrank@example.com\",\"client\":{\"id\":1}}");
        Reply form = v2.with("Content-Type", "application/x-www-form-urlencoded")
                .post("/v2/contacts", "client_id=" + client.id().value() + "&first_name=Ann&last_name=Lee");

        assertThat(json.status()).isEqualTo(201);
        Object created = Json.parse(json.body());
        assertThat(Json.at(created, "first_name")).isEqualTo("George");
        assertThat(Json.at(created, "last_name")).isNull();
        assertThat(Json.at(created, "title")).isNull();
        assertThat(Json.at(created, "client", "name")).isEqualTo(client.name());
        long id = ((Number) Json.at(created, "id")).longValue();
        assertThat(json.header("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/v2/contacts/" + id));
        assertThat(form.status()).isEqualTo(201);
        assertThat(Json.at(Json.parse(form.body()), "last_name")).isEqualTo("Lee");

        Reply v1 = server.as(user).get("/contacts/" + id);
        assertThat(v1.status()).isEqualTo(200);
        assertThat(XPath.value(v1.body(), "/contact/last-name/@nil")).isEqualTo("true");
        assertThat(XPath.value(v1.body(), "/contact/first-name")).isEqualTo("George");
    }

    @Test
    void patchChangesOnlyWhatItSendsAndNullClears() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());
        String path = "/v2/contacts/" + contact.id().value();

        Reply patched = server.v2(user).patch(path, "{\"title\":\"Owner\",\"fax\":null,\"last_name\":null}");

        assertThat(patched.status()).isEqualTo(200);
        Object after = Json.parse(server.v2(user).get(path).body());
        assertThat(Json.at(after, "title")).isEqualTo("Owner");
        assertThat(Json.at(after, "fax")).isNull();
        assertThat(Json.at(after, "last_name")).as("v2 may clear it").isNull();
        assertThat(Json.at(after, "phone_office")).as("not sent, so kept").isEqualTo("555.555.5555");
        assertThat(server.as(user).put("/contacts/" + contact.id().value(),
                "<contact><last-name></last-name></contact>").status()).as("v1 may not").isEqualTo(422);
    }

    @Test
    void refusesWhatV2RefusesInV2sWords() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Api v2 = server.v2(user);

        Reply invalid = v2.post("/v2/contacts", "{\"client_id\":" + client.id().value() + ",\"email\":\"nope\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).isEqualTo("{\"message\":\"First name can't be blank, Email is invalid\"}");

        Reply missing = v2.get("/v2/contacts/999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"status\":404,\"error\":\"Not Found\"}");

        assertThat(v2.post("/v2/contacts", "{\"first_name\":").status()).isEqualTo(400);
        assertThat(v2.with("Content-Type", "application/xml").post("/v2/contacts", "<contact/>").status())
                .isEqualTo(415);
        Reply wrongMethod = v2.send("PUT", "/v2/contacts/1", "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).contains("GET, HEAD, PATCH, DELETE");
        assertThat(Json.at(Json.parse(wrongMethod.body()), "message")).isNotNull();
        assertThat(v2.get("/v2/nothing").body()).isEqualTo("{\"status\":404,\"error\":\"Not Found\"}");
    }

    @Test
    void harvestsOtherAddressApiV2ServesTheSame() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());

        Reply reply = server.v2(user).get("/api/v2/contacts/" + contact.id().value());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(server.v2(user).get("/v2/contacts/" + contact.id().value()).body());
        assertThat(server.v2(user).get("/api/v2/users/me").status()).isEqualTo(200);
        assertThat(server.v2(user).get("/api/v2/nothing").body()).isEqualTo("{\"status\":404,\"error\":\"Not Found\"}");
    }

    @Test
    void deleteAnswersTheDeletedRecordAndConditionalRequestsWork() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());
        String path = "/v2/contacts/" + contact.id().value();
        Api v2 = server.v2(user);
        String etag = v2.get(path).header("ETag").orElseThrow();

        assertThat(v2.with("If-None-Match", etag).get(path).status()).isEqualTo(304);
        assertThat(v2.patch(path, "{\"title\":\"CEO\"}").status()).isEqualTo(200);
        Reply stale = v2.with("If-Match", etag).patch(path, "{\"title\":\"Lost update\"}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(Json.at(Json.parse(v2.get(path).body()), "title")).isEqualTo("CEO");
        assertThat(v2.with("If-Match", etag).delete(path).status()).isEqualTo(412);

        Reply deleted = v2.delete(path);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(Json.at(Json.parse(deleted.body()), "id")).as("the deleted record, as Harvest answers")
                .isEqualTo(contact.id().value());
        assertThat(Json.at(Json.parse(deleted.body()), "title")).isEqualTo("CEO");
        assertThat(v2.get(path).status()).isEqualTo(404);
    }
}
