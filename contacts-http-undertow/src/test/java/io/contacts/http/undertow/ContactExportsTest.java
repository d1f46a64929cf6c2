package io.contacts.http.undertow;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactUid;
import io.contacts.domain.testdata.MutableClock;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

/** The contact exports over HTTP: the four routes, Accept on the lists, the version, the filters and the refusals. */
class ContactExportsTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();
    private static final String VCARD = "text/vcard; charset=utf-8";
    private static final String CSV = "text/csv; charset=utf-8";

    @Test
    void theVcfRoutesListTheAccountsContactsAsVcard4WithStableUids() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact bare = Fixtures.contact(domain, user, aContact().forClient(client.id()).withoutOptionalFields());
        Contact jane = Fixtures.contact(domain, user, client.id());

        Reply reply = server.as(user).get("/contacts.vcf");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo(VCARD);
        List<VCard> cards = Ezvcard.parse(reply.body()).all();
        assertThat(cards).extracting(card -> card.getUid().getValue()).containsExactly(
                ContactUid.of(user.account(), bare.id()), ContactUid.of(user.account(), jane.id()));
        assertThat(cards.get(1).getVersion()).isEqualTo(VCardVersion.V4_0);
        assertThat(cards.get(1).getOrganization().getValues()).containsExactly(client.name());
        assertThat(cards.get(1).getEmails().get(0).getValue()).isEqualTo("Jane@Doe.com");
        assertThat(cards.get(0).getEmails()).isEmpty();
        assertThat(server.as(user).get("/contacts.vcf").body()).isEqualTo(reply.body());
    }

    @Test
    void versionThreeIsAskedForAndAnyOtherVersionIs400() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Fixtures.contact(domain, user, client.id());

        Reply three = server.as(user).get("/clients/" + client.id().value() + "/contacts.vcf?version=3.0");
        Reply other = server.as(user).get("/contacts.vcf?version=2.1");

        assertThat(Ezvcard.parse(three.body()).first().getVersion()).isEqualTo(VCardVersion.V3_0);
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.body()).contains("version must be 4.0 or 3.0");
    }

    @Test
    void theCsvRoutesHaveAHeaderAndOneRecordPerContact() throws IOException {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Client other = Fixtures.client(domain, user);
        Contact jane = Fixtures.contact(domain, user, client.id());
        Fixtures.contact(domain, user, other.id());

        Reply all = server.as(user).get("/contacts.csv");
        Reply ofClient = server.as(user).get("/clients/" + client.id().value() + "/contacts.csv");

        assertThat(all.contentType()).isEqualTo(CSV);
        assertThat(all.body()).startsWith("id,client_id,client_name,first_name,last_name,title,email,phone_office,"
                + "phone_mobile,fax,created_at,updated_at\r\n");
        assertThat(records(all)).hasSize(2);
        CSVRecord record = records(ofClient).get(0);
        assertThat(records(ofClient)).hasSize(1);
        assertThat(record.get("id")).isEqualTo(Long.toString(jane.id().value()));
        assertThat(record.get("client_name")).isEqualTo(client.name());
        assertThat(record.get("phone_mobile")).isEqualTo("555.555.7777");
        assertThat(record.get("created_at")).isEqualTo("2008-04-09T12:07:56Z");
    }

    @Test
    void acceptChoosesAnExportOnTheListsWhenItNamesAndPrefersIt() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Fixtures.contact(domain, user, client.id());
        String ofClient = "/clients/" + client.id().value() + "/contacts";

        assertThat(server.as(user).with("Accept", "text/vcard").get("/contacts").contentType()).isEqualTo(VCARD);
        assertThat(server.as(user).with("Accept", "text/csv").get(ofClient).contentType()).isEqualTo(CSV);
        assertThat(server.as(user).with("Accept", "text/csv;q=0.5, application/json").get("/contacts")
                .contentType()).startsWith("application/json");
        assertThat(server.as(user).with("Accept", "text/vcard, text/csv;q=0.9").get("/contacts").contentType())
                .isEqualTo(VCARD);
        assertThat(server.as(user).with("Accept", "text/*").get("/contacts").isXml()).isTrue();
        assertThat(server.as(user).with("Accept", "text/vcard").get("/contacts?version=3.0").body())
                .contains("VERSION:3.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/contacts.vcf", "/contacts.csv"})
    void updatedSinceKeepsOnlyTheRecentContacts(String path) {
        TestUser user = domain.newUser();
        MutableClock clock = domain.clock();
        clock.set(Instant.parse("2010-09-25T18:00:00Z"));
        Client client = Fixtures.client(domain, user);
        Contact old = Fixtures.contact(domain, user, client.id());
        clock.set(Instant.parse("2010-09-25T18:30:00Z"));
        Contact recent = Fixtures.contact(domain, user, aContact().forClient(client.id()).withFirstName("Recent"));

        String body = server.as(user).get(path + "?updated_since=2010-09-25+18%3A30").body();

        assertThat(body).contains("Recent").doesNotContain(ContactUid.of(user.account(), old.id()))
                .doesNotContain("\r\n" + old.id().value() + ",");
        assertThat(body).containsAnyOf(ContactUid.of(user.account(), recent.id()), "\r\n" + recent.id().value() + ",");
    }

    @ParameterizedTest
    @ValueSource(strings = {".vcf", ".csv"})
    void anotherAccountsClientIs404AndNoCredentialsIs401(String extension) {
        TestUser owner = domain.newUser();
        Client client = Fixtures.client(domain, owner);
        Fixtures.contact(domain, owner, client.id());
        String path = "/clients/" + client.id().value() + "/contacts" + extension;

        Reply stranger = server.newUserApi().get(path);
        Reply anonymous = server.anonymous().get(path);

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body()).doesNotContain("BEGIN:VCARD").doesNotContain("client_name");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private static List<CSVRecord> records(Reply reply) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(reply.body()))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
