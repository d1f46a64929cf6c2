package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.contacts.domain.testdata.ClientTestData.aClient;
import static org.assertj.core.api.Assertions.assertThat;

/** The client routes, in both formats: list, read, create, change, toggle and delete. */
class ClientsTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    @Test
    void aCarriageReturnSurvivesTheTripThroughXml() {
        TestUser user = domain.newUser();
        Client client = domain.useCases().createClient().createClient(new CreateClientCommand(user.account(),
                aClient().withDetails("1 Main Street\r\nSpringfield\rUSA").toInput()));

        Reply reply = server.as(user).get("/clients/" + client.id().value());

        assertThat(XPath.value(reply.body(), "/client/details")).isEqualTo("1 Main Street\r\nSpringfield\rUSA");
    }

    @Test
    void createsAClientWith201AndLocation() {
        Reply reply = server.newUserApi().post("/clients",
                "<client><name>Acme</name><details>1 Road</details></client>");

        assertThat(reply.status()).isEqualTo(201);
        String id = XPath.value(reply.body(), "/client/id");
        assertThat(reply.header("Location")).contains("/clients/" + id);
        assertThat(XPath.value(reply.body(), "/client/name")).isEqualTo("Acme");
        assertThat(XPath.value(reply.body(), "/client/active")).isEqualTo("true");
        assertThat(XPath.value(reply.body(), "/client/active/@type")).isEqualTo("boolean");
        assertThat(XPath.value(reply.body(), "/client/created-at/@type")).isEqualTo("datetime");
    }

    @Test
    void listsAndShowsTheAccountsClients() {
        TestUser user = domain.newUser();
        Client first = Fixtures.client(domain, user);
        Client second = Fixtures.client(domain, user);
        Fixtures.client(domain, domain.newUser());

        Reply list = server.as(user).get("/clients");
        Reply one = server.as(user).get("/clients/" + second.id().value());

        assertThat(list.status()).isEqualTo(200);
        assertThat(XPath.value(list.body(), "/clients/@type")).isEqualTo("array");
        assertThat(XPath.count(list.body(), "/clients/client")).isEqualTo(2);
        assertThat(XPath.value(list.body(), "/clients/client[1]/id")).isEqualTo(Long.toString(first.id().value()));
        assertThat(one.status()).isEqualTo(200);
        assertThat(XPath.value(one.body(), "/client/name")).isEqualTo(second.name());
    }

    @Test
    void updatesOnlyWhatIsSent() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        String path = "/clients/" + client.id().value();

        Reply reply = server.as(user).put(path, "<client><details nil=\"true\"/></client>");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Location")).contains(path);
        assertThat(XPath.value(reply.body(), "/client/name")).isEqualTo(client.name());
        assertThat(XPath.value(reply.body(), "/client/details/@nil")).isEqualTo("true");
    }

    @Test
    void toggleFlipsActiveBackAndForth() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        String path = "/clients/" + client.id().value() + "/toggle";

        Reply off = server.as(user).post(path, null);
        Reply on = server.as(user).json().post(path, null);

        assertThat(off.status()).isEqualTo(200);
        assertThat(off.header("Location")).contains("/clients/" + client.id().value());
        assertThat(XPath.value(off.body(), "/client/active")).isEqualTo("false");
        assertThat(Json.at(Json.parse(on.body()), "client", "active")).isEqualTo(true);
    }

    @Test
    void deletesAClientWithoutContacts() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        String path = "/clients/" + client.id().value();

        Reply reply = server.as(user).delete(path);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        assertThat(server.as(user).get(path).status()).isEqualTo(404);
    }

    @Test
    void refusesToDeleteAClientThatStillHasContactsAndDeletesNothing() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Fixtures.contact(domain, user, client.id());
        String path = "/clients/" + client.id().value();

        Reply reply = server.as(user).delete(path);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(XPath.value(reply.body(), "/hash/message")).contains("still has contacts");
        assertThat(server.as(user).get(path).status()).isEqualTo(200);
        assertThat(XPath.count(server.as(user).get(path + "/contacts").body(), "/contacts/contact")).isEqualTo(1);
    }

    @Test
    void aNameIsRequiredAndUniqueInTheAccount() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);

        Reply blank = server.as(user).post("/clients", "<client><name>  </name></client>");
        Reply taken = server.as(user).json().post("/clients", "{\"client\":{\"name\":\"" + client.name() + "\"}}");
        Reply elsewhere = server.newUserApi().post("/clients", "<client><name>" + client.name() + "</name></client>");

        assertThat(blank.status()).isEqualTo(422);
        assertThat(XPath.value(blank.body(), "/errors/error")).isEqualTo("Name can't be blank");
        assertThat(taken.status()).isEqualTo(422);
        assertThat(Json.parse(taken.body())).isEqualTo(Json.parse("{\"errors\":[\"Name has already been taken\"]}"));
        assertThat(elsewhere.status()).isEqualTo(201);
    }

    @Test
    void activeMustBeABoolean() {
        Reply reply = server.newUserApi().post("/clients", "<client><name>X</name><active>maybe</active></client>");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(XPath.value(reply.body(), "/hash/message")).isEqualTo("active must be true or false");
    }

    @Test
    void jsonClientsAreWrappedObjects() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);

        Reply reply = server.as(user).json().get("/clients");

        assertThat(Json.parse(reply.body())).isEqualTo(Json.parse("[{\"client\":{\"id\":" + client.id().value()
                + ",\"name\":\"" + client.name() + "\",\"active\":true,\"details\":\"1 Main Street, Springfield\","
                + "\"created_at\":\"2008-04-09T12:07:56Z\",\"updated_at\":\"2008-04-09T12:07:56Z\"}}]"));
    }

    @Test
    void anotherAccountsClientIsNotFound() {
        Client client = Fixtures.client(domain, domain.newUser());
        Api stranger = server.newUserApi();
        String path = "/clients/" + client.id().value();

        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(stranger.put(path, "<client><name>Mine</name></client>").status()).isEqualTo(404);
        assertThat(stranger.post(path + "/toggle", null).status()).isEqualTo(404);
        assertThat(stranger.delete(path).status()).isEqualTo(404);
    }
}
