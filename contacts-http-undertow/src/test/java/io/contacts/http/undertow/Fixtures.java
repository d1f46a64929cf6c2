package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.port.in.CreateClientCommand;
import io.contacts.domain.port.in.CreateContactCommand;
import io.contacts.domain.port.in.LastNameRule;
import io.contacts.domain.testdata.ContactTestData;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.contacts.domain.testdata.ClientTestData.aClient;
import static io.contacts.domain.testdata.ContactTestData.aContact;

/** Test support: data made through the use cases, as another client of the API would have made it. */
final class Fixtures {

    private Fixtures() {
    }

    static Client client(TestDomain domain, TestUser user) {
        return domain.useCases().createClient().createClient(new CreateClientCommand(user.account(), aClient().toInput()));
    }

    static Contact contact(TestDomain domain, TestUser user, ClientId client) {
        return contact(domain, user, aContact().forClient(client));
    }

    static Contact contact(TestDomain domain, TestUser user, ContactTestData data) {
        return domain.useCases().createContact().createContact(
                new CreateContactCommand(user.account(), data.toInput(), LastNameRule.REQUIRED));
    }

    /** An {@code Authorization} header's value for HTTP Basic with the given e-mail and password. */
    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The XML a client would post for a contact of the given client. */
    static String contactXml(long clientId, String firstName, String lastName) {
        return "<contact><client-id type=\"integer\">" + clientId + "</client-id><first-name>" + firstName
                + "</first-name><last-name>" + lastName + "</last-name></contact>";
    }
}
