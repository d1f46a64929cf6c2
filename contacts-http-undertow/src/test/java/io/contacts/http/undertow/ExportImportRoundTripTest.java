package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Stream;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, then import: a client's contacts exported in each format and imported into another client come back with
 * the same fields, and imported again into their own client they update themselves rather than add copies.
 */
class ExportImportRoundTripTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    @ParameterizedTest
    @CsvSource({"contacts.vcf, text/vcard", "contacts.vcf?version=3.0, text/vcard", "contacts.csv, text/csv"})
    void aClientsContactsComeBackAsTheyWereAndAReimportUpdatesThem(String export, String type) {
        TestUser user = domain.newUser();
        Client original = Fixtures.client(domain, user);
        Client copy = Fixtures.client(domain, user);
        Fixtures.contact(domain, user, aContact().forClient(original.id()).withFirstName("Ada")
                .withLastName("Lovelace").withEmail("ada@example.com").withTitle("Countess, of Lovelace")
                .withPhoneOffice("+44 20 7946 0000").withPhoneMobile("+44 7700 900000").withFax("+44 20 7946 0001"));
        Fixtures.contact(domain, user, aContact().forClient(original.id()).withoutOptionalFields()
                .withFirstName("Zoë").withLastName("Ñúñez \"Zee\"").withEmail("zoe@example.com"));
        Fixtures.contact(domain, user, aContact().forClient(original.id()).withFirstName("Grace")
                .withLastName("Hopper").withEmail("grace@example.com").withTitle("Rear Admiral\nUS Navy"));
        Reply exported = server.as(user).get("/clients/" + original.id().value() + "/" + export);
        assertThat(exported.status()).isEqualTo(200);

        Reply intoCopy = server.as(user).with("Content-Type", type).post(importPath(copy), exported.body());
        Reply intoOriginal = server.as(user).with("Content-Type", type).post(importPath(original), exported.body());

        assertThat(intoCopy.status()).isEqualTo(201);
        assertThat(fields(user, copy)).isEqualTo(fields(user, original));
        assertThat(intoOriginal.status()).isEqualTo(201);
        assertThat(XPath.value(intoOriginal.body(), "count(/entries/entry[outcome='updated'])")).isEqualTo("3");
        assertThat(contacts(user, original)).hasSize(3);
    }

    private static String importPath(Client client) {
        return "/clients/" + client.id().value() + "/contacts/import";
    }

    /** What a person reads of each contact, in the list's order: everything but the ids, the client and the times. */
    private static List<List<Object>> fields(TestUser user, Client client) {
        return contacts(user, client).stream().map(Contact::fields).map(ExportImportRoundTripTest::readable)
                .toList();
    }

    private static List<Object> readable(ContactFields fields) {
        return List.of(fields.firstName(), fields.lastName(), fields.email(), fields.title(), fields.phoneOffice(),
                fields.phoneMobile(), fields.fax());
    }

    private static List<Contact> contacts(TestUser user, Client client) {
        try (Stream<Contact> stored = domain.useCases().listContacts()
                .listContacts(user.account(), ContactFilter.ofClient(client.id()))) {
            return stored.toList();
        }
    }
}
