package io.contacts.app;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.User;
import io.contacts.domain.port.in.CreateUserCommand;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user of the running service sees, whatever the database: a subclass says which one.
 */
abstract class EndToEndContract extends AppOnEmptyDatabase {

    static final String SEED_CONTACT = """
            <contact>
              <client-id type="integer">%d</client-id>
              <email>Jane@Doe.com</email>
              <first-name>Jane</first-name>
              <last-name>Doe</last-name>
              <phone-office>555.555.5555</phone-office>
              <phone-mobile>555.555.7777</phone-mobile>
              <title>President</title>
              <fax>555.555.9999</fax>
            </contact>""";
    static final String SEED_UPDATE = """
            <contact>
              <client-id type="integer">%d</client-id>
              <email>Jane@JaneDoe.com</email>
              <first-name>Jane</first-name>
              <last-name>Doe</last-name>
              <phone-office>555.555.1111</phone-office>
              <phone-mobile>555.555.2222</phone-mobile>
              <fax>555.555.3333</fax>
            </contact>""";

    @Test
    void theFullLifeOfAContactSpeaksTheSeedsXml() {
        ApiClient admin = app.admin();
        long client = createClient(admin, "Acme");

        HttpResponse<String> created = admin.post("/contacts", SEED_CONTACT.formatted(client));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = Xml.text(created.body(), "/contact/id");
        assertThat(created.headers().firstValue("Location")).contains("/contacts/" + id);

        HttpResponse<String> read = admin.get("/contacts/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/xml"));
        assertThat(read.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(Xml.text(read.body(), "/contact/first-name")).isEqualTo("Jane");
        assertThat(Xml.text(read.body(), "/contact/client-id")).isEqualTo(Long.toString(client));
        assertThat(Xml.text(read.body(), "/contact/created-at/@type")).isEqualTo("datetime");
        assertThat(Xml.text(read.body(), "/contact/created-at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        assertThat(Xml.count(admin.get("/contacts").body(), "/contacts[@type='array']/contact")).isEqualTo(1);
        assertThat(Xml.count(admin.get("/clients/" + client + "/contacts").body(), "/contacts/contact")).isEqualTo(1);

        HttpResponse<String> updated = admin.put("/contacts/" + id, SEED_UPDATE.formatted(client));
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.headers().firstValue("Location")).contains("/contacts/" + id);
        String after = admin.get("/contacts/" + id).body();
        assertThat(Xml.text(after, "/contact/email")).isEqualTo("Jane@JaneDoe.com");
        assertThat(Xml.text(after, "/contact/fax")).isEqualTo("555.555.3333");
        assertThat(Xml.text(after, "/contact/title")).as("not sent, so kept").isEqualTo("President");

        HttpResponse<String> deleted = admin.delete("/contacts/" + id);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body()).isEmpty();
        assertThat(admin.get("/contacts/" + id).statusCode()).isEqualTo(404);
        assertThat(admin.delete("/clients/" + client).statusCode()).isEqualTo(200);
    }

    @Test
    void twoAccountsCannotSeeOrTouchEachOthersData() {
        ApiClient admin = app.admin();
        long client = createClient(admin, "Acme");
        String contact = Xml.text(admin.post("/contacts", SEED_CONTACT.formatted(client)).body(), "/contact/id");
        ApiClient other = app.withToken(secondAccountToken());

        assertThat(other.get("/account/who_am_i").statusCode()).isEqualTo(200);
        assertThat(other.get("/contacts/" + contact).statusCode()).isEqualTo(404);
        assertThat(other.get("/clients/" + client).statusCode()).isEqualTo(404);
        assertThat(other.get("/clients/" + client + "/contacts").statusCode()).isEqualTo(404);
        assertThat(other.put("/contacts/" + contact, "<contact><first-name>Mallory</first-name></contact>")
                .statusCode()).isEqualTo(404);
        assertThat(other.delete("/contacts/" + contact).statusCode()).isEqualTo(404);
        assertThat(other.delete("/clients/" + client).statusCode()).isEqualTo(404);
        assertThat(other.post("/contacts", SEED_CONTACT.formatted(client)).statusCode()).isEqualTo(422);
        assertThat(Xml.count(other.get("/contacts").body(), "/contacts/contact")).isZero();

        String mine = admin.get("/contacts/" + contact).body();
        assertThat(Xml.text(mine, "/contact/first-name")).isEqualTo("Jane");
        assertThat(Xml.count(admin.get("/contacts").body(), "/contacts/contact")).isEqualTo(1);
    }

    @Test
    void theSameContactReadsAsJsonToo() {
        ApiClient admin = app.admin();
        long client = createClient(admin, "Acme");
        HttpResponse<String> created = admin.post("/contacts", """
                {"contact":{"client_id":%d,"first_name":"Jane","last_name":"Doe","email":"Jane@Doe.com"}}"""
                .formatted(client), ApiClient.JSON);
        assertThat(created.statusCode()).isEqualTo(201);

        HttpResponse<String> listed = admin.get("/contacts", ApiClient.JSON);

        assertThat(listed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(listed.body()).startsWith("[{\"contact\":{").contains("\"first_name\":\"Jane\"")
                .contains("\"fax\":null").contains("\"client_id\":" + client);
    }

    @Test
    void aContactWrittenThroughTheApiIsExportedAsVcardAndCsvWithAStableUid() {
        ApiClient admin = app.admin();
        long client = createClient(admin, "Export, \"Ltd\"");
        HttpResponse<String> created = admin.post("/contacts", SEED_CONTACT.formatted(client));
        String id = created.headers().firstValue("Location").orElseThrow().replace("/contacts/", "");
        String uid = "UID:urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8000-8000-%012x\r\n".formatted(Long.parseLong(id));

        HttpResponse<String> vcard = admin.get("/contacts.vcf");
        HttpResponse<String> again = admin.get("/clients/" + client + "/contacts", "text/vcard");
        HttpResponse<String> csv = admin.get("/contacts.csv?updated_since=2000-01-01");

        assertThat(vcard.headers().firstValue("Content-Type")).contains("text/vcard; charset=utf-8");
        assertThat(vcard.body()).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").contains("FN:Jane Doe\r\n")
                .contains("ORG:Export\\, \"Ltd\"\r\n").containsPattern(uid);
        assertThat(again.body()).isEqualTo(vcard.body());
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
        assertThat(csv.body()).contains("\r\n" + id + "," + client + ",\"Export, \"\"Ltd\"\"\",Jane,Doe,President,"
                + "Jane@Doe.com,555.555.5555,555.555.7777,555.555.9999,");
    }

    @Test
    void operatorsSeeHealthReadinessAndMetricsWithoutSigningIn() {
        ApiClient anonymous = app.anonymous();
        app.admin().get("/contacts");

        assertThat(anonymous.get("/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/ready").statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = anonymous.get("/metrics", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        // A request is timed when its exchange completes, a moment after its client has the answer.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!anonymous.get("/metrics", "text/plain").body().contains("uri=\"/contacts\"")
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(anonymous.get("/metrics", "text/plain").body())
                .containsPattern("http_server_requests_seconds_count\\{.*uri=\"/contacts\".*} 1");
        assertThat(anonymous.get("/contacts").statusCode()).isEqualTo(401);
    }

    /** A second account, its user and a token, made as an operator would: through the administration path. */
    private String secondAccountToken() {
        return Administration.run(app.config(), useCases -> {
            Account account = useCases.createAccount().createAccount("Other Company");
            User user = useCases.createUser().createUser(new CreateUserCommand(account.id(), "eve@other.example",
                    "Eve", "Other", "eve's password"));
            return useCases.issueToken().issueToken(user.email().value()).token();
        });
    }
}
