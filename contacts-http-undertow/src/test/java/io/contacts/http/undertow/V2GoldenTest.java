package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.Field;
import io.contacts.domain.port.in.ClientInput;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.port.in.UpdateClientCommand;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The v2 documentation's own list examples, kept verbatim in {@code golden/v2-*.json}, rebuilt through the API:
 * the same clients and contacts made at the documented times, then listed. What differs is said here: the ids
 * the store chose, the service's own address in the links (which add {@code ref}, as v2's paginated examples
 * do), and the two client members the service does not keep ({@code statement_key}, {@code currency}: null).
 */
class V2GoldenTest {

    private static TestServer server;
    private static TestUser user;
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    @BeforeAll
    static void makeTheDocumentedData() {
        server = TestServer.start();
        user = server.domain().newUser();
        Client abc = client("2017-06-26T21:01:52Z", "ABC Corp", "456 Main St.\r\nAnytown, CT 06467");
        Client industries = client("2017-06-26T21:02:12Z", "123 Industries", "123 Main St.\r\nAnytown, LA 71223");
        Contact richard = contact("2017-06-26T21:06:55Z", industries, "Richard", "Roe", "richardroe@example.com",
                "Manager", "(318) 515-5905", "(318) 515-5906", "(318) 515-5907");
        Contact jane = contact("2017-06-26T21:20:07Z", abc, "Jane", "Doe", "janedoe@example.com", "Owner",
                "(203) 697-8885", "(203) 697-8886", "(203) 697-8887");
        at("2017-06-26T21:27:07Z");
        server.v2(user).patch("/v2/contacts/" + jane.id().value(), "{\"title\":\"Owner\"}");
        rename(abc, "ABC Corp");
        at("2017-06-26T21:27:20Z");
        server.v2(user).patch("/v2/contacts/" + richard.id().value(), "{\"title\":\"Manager\"}");
        at("2017-06-26T21:34:11Z");
        rename(industries, "123 Industries");
        IDS.put("4706479", Long.toString(jane.id().value()));
        IDS.put("4706453", Long.toString(richard.id().value()));
        IDS.put("5735774", Long.toString(abc.id().value()));
        IDS.put("5735776", Long.toString(industries.id().value()));
        IDS.put("https://api.harvestapp.com", "http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theContactsListIsTheDocumentedOne() {
        Object expected = Json.parse(documented("v2-contacts.json").replace("per_page=2000\",\n    \"next\"",
                "per_page=2000&ref=first\",\n    \"next\"").replace("per_page=2000\"\n", "per_page=2000&ref=last\"\n"));

        assertThat(Json.parse(server.v2(user).get("/v2/contacts").body())).isEqualTo(expected);
    }

    @Test
    void theClientsListIsTheDocumentedOneWithoutStatementKeyOrCurrency() {
        String text = documented("v2-clients.json")
                .replaceAll("\"statement_key\":\"[0-9a-f]+\"", "\"statement_key\":null")
                .replaceAll("\"currency\":\"[A-Z]{3}\"", "\"currency\":null")
                .replace("per_page=2000\",\"next\"", "per_page=2000&ref=first\",\"next\"")
                .replace("per_page=2000\"}}", "per_page=2000&ref=last\"}}");

        assertThat(Json.parse(server.v2(user).get("/v2/clients").body())).isEqualTo(Json.parse(text));
    }

    private static String documented(String name) {
        String text = Golden.read(name);
        for (Map.Entry<String, String> id : IDS.entrySet()) {
            text = text.replace(id.getKey(), id.getValue());
        }
        return text;
    }

    private static void at(String instant) {
        server.domain().clock().set(Instant.parse(instant));
    }

    private static Client client(String createdAt, String name, String address) {
        at(createdAt);
        return server.domain().useCases().createClient().createClient(new CreateClientCommand(user.account(),
                new ClientInput(Field.of(name), Field.of(address), Field.of(true))));
    }

    /** A change that leaves the client as it was, at the clock's time: what the docs' later update times show. */
    private static void rename(Client client, String name) {
        server.domain().useCases().updateClient().updateClient(new UpdateClientCommand(user.account(), client.id(),
                new ClientInput(Field.of(name), Field.absent(), Field.absent()), OptionalLong.empty()));
    }

    private static Contact contact(String createdAt, Client client, String first, String last, String email,
                                   String title, String office, String mobile, String fax) {
        at(createdAt);
        return Fixtures.contact(server.domain(), user, aContact().forClient(client.id()).withFirstName(first)
                .withLastName(last).withEmail(email).withTitle(title).withPhoneOffice(office)
                .withPhoneMobile(mobile).withFax(fax));
    }
}
