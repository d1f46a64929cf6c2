package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resource members sent as Rails parameters (docs/api.md, "Compatibility"), as v1 clients written for Harvest's Rails server send them:
 * in the query string of a request with an empty body, in a form-encoded body, or beside a document, which wins.
 */
class RailsParametersTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    private TestUser user;
    private Client client;
    private Api api;

    @BeforeEach
    void signUp() {
        user = domain.newUser();
        client = Fixtures.client(domain, user);
        api = server.as(user);
    }

    @Test
    void aClientCreatedFromTheQueryStringOfAJsonRequestWithAnEmptyBody() {
        Reply created = api.json().post("/clients/?client%5Bname%5D=Acme%20Ltd&client%5Bdetails%5D=Since+1901", "");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(Json.at(Json.parse(created.body()), "client", "name")).isEqualTo("Acme Ltd");
        assertThat(Json.at(Json.parse(created.body()), "client", "details")).isEqualTo("Since 1901");
    }

    @Test
    void aContactCreatedFromTheQueryStringWithEitherJoinerInItsNames() {
        Reply created = api.post("/contacts?contact[client_id]=" + client.id().value()
                + "&contact[first-name]=Jane&contact[last_name]=Doe&contact[phone-office]=555", "");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(XPath.value(created.body(), "/contact/first-name")).isEqualTo("Jane");
        assertThat(XPath.value(created.body(), "/contact/last-name")).isEqualTo("Doe");
        assertThat(XPath.value(created.body(), "/contact/phone-office")).isEqualTo("555");
    }

    @Test
    void aRequestWithoutAnyBodyMayCarryParametersWhateverItsContentType() {
        Reply created = api.with("Content-Type", "text/plain").post("/clients?client[name]=Plain", "");
        Reply none = api.send("POST", "/clients?client[name]=Bodiless", null);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(none.status()).as(none.body()).isEqualTo(201);
        assertThat(XPath.value(none.body(), "/client/name")).isEqualTo("Bodiless");
    }

    @Test
    void aFormEncodedBodyIsReadAndWinsOverTheQueryString() {
        Reply created = api.with("Content-Type", "application/x-www-form-urlencoded")
                .post("/contacts?contact[title]=Query&contact[fax]=123", "contact%5Bclient_id%5D=" + client.id().value()
                        + "&contact%5Bfirst_name%5D=Ada&contact%5Blast-name%5D=Lovelace+King&contact%5Btitle%5D=Form");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(XPath.value(created.body(), "/contact/last-name")).isEqualTo("Lovelace King");
        assertThat(XPath.value(created.body(), "/contact/title")).isEqualTo("Form");
        assertThat(XPath.value(created.body(), "/contact/fax")).isEqualTo("123");
    }

    @Test
    void aFormEncodedBodyThatIsNotResourceMemberPairsIs400SayingWhatIsExpected() {
        Reply refused = api.with("Content-Type", "application/x-www-form-urlencoded").post("/clients", "name=Acme");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(XPath.value(refused.body(), "/hash/message"))
                .isEqualTo("A form-encoded body must be client[member]=value pairs, such as client[name]=…; \"name\" is"
                        + " not one");
    }

    @Test
    void aFormBodyOfMoreThanAThousandPairsIs400() {
        Reply refused = api.with("Content-Type", "application/x-www-form-urlencoded")
                .post("/clients", "client%5Bname%5D=Acme" + "&client%5Bx%5D=1".repeat(1_000));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(XPath.value(refused.body(), "/hash/message"))
                .isEqualTo("The form body has more than 1000 parameters");
    }

    @Test
    void aDocumentsMemberWinsOverAParameterAndParametersFillInTheRest() {
        Contact contact = Fixtures.contact(domain, user, client.id());

        Reply xml = api.xml().put("/contacts/" + contact.id().value() + "?contact[first_name]=Query&contact[title]=CEO",
                "<contact><first-name>Document</first-name></contact>");
        Reply json = api.json().put("/contacts/" + contact.id().value() + "?contact[last-name]=Query&contact[fax]=9",
                "{\"contact\":{\"last_name\":\"Document\"}}");

        assertThat(xml.status()).as(xml.body()).isEqualTo(200);
        assertThat(XPath.value(xml.body(), "/contact/first-name")).isEqualTo("Document");
        assertThat(XPath.value(xml.body(), "/contact/title")).isEqualTo("CEO");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(Json.at(Json.parse(json.body()), "contact", "last_name")).isEqualTo("Document");
        assertThat(Json.at(Json.parse(json.body()), "contact", "fax")).isEqualTo("9");
        assertThat(Json.at(Json.parse(json.body()), "contact", "first_name")).isEqualTo("Document");
    }

    @Test
    void parametersAreValidatedAsADocumentIsAndUnknownOnesAreIgnored() {
        Reply invalid = api.post("/contacts?contact[client_id]=" + client.id().value()
                + "&contact[first_name]=&contact[account_id]=1&contact[nickname]=x", "");
        Reply notANumber = api.post("/contacts?contact[client_id]=ten&contact[first_name]=A&contact[last_name]=B", "");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(XPath.count(invalid.body(), "/errors/error")).isEqualTo(2);
        assertThat(XPath.value(invalid.body(), "/errors/error[1]")).isEqualTo("First name can't be blank");
        assertThat(XPath.value(invalid.body(), "/errors/error[2]")).isEqualTo("Last name can't be blank");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(XPath.value(notANumber.body(), "/hash/message")).isEqualTo("client-id must be an integer");
    }

    @Test
    void anEmptyBodyWithoutParametersIsRefusedAsBefore() {
        Reply xml = api.post("/clients?client=Acme&other[name]=Acme", "");
        Reply form = api.with("Content-Type", "application/x-www-form-urlencoded").post("/clients", "");
        Reply unsupported = api.with("Content-Type", "text/plain").post("/clients", "");

        assertThat(xml.status()).isEqualTo(400);
        assertThat(XPath.value(xml.body(), "/hash/message")).startsWith("The request body is not well-formed XML");
        assertThat(form.status()).isEqualTo(400);
        assertThat(XPath.value(form.body(), "/hash/message")).startsWith("Expected client[member]=value parameters");
        assertThat(unsupported.status()).isEqualTo(415);
    }

    @Test
    void parametersOfAnotherResourceAreNotRead() {
        Reply refused = api.post("/clients?contact[first_name]=Jane", "");

        assertThat(refused.status()).isEqualTo(400);
    }
}
