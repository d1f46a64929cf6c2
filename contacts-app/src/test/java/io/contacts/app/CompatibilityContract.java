package io.contacts.app;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What real Harvest v1 clients rely on from the Rails server they were written against (docs/api.md
 * "Compatibility"), through the running app, whatever the database: a subclass says which one. One test per
 * leniency.
 */
abstract class CompatibilityContract extends AppOnEmptyDatabase {

    private static final Pattern JSON_CONTACT = Pattern.compile("\\{\"contact\":");
    /** Ruby's {@code Time#to_s} ("+0100") at +01:00 and UTC, PHP's "+01:00", the T form with a space and "-05:00". */
    private static final List<Form> RUBY_FORMS = List.of(new Form("uuuu-MM-dd HH:mm:ss xx", "+01:00"),
            new Form("uuuu-MM-dd HH:mm:ss xxx", "+01:00"), new Form("uuuu-MM-dd HH:mm:ss xx", "Z"),
            new Form("uuuu-MM-dd'T'HH:mm:ss xxx", "-05:00"));

    @Test
    void basicCredentialsAreReadAsRailsReadThem() {
        String token = Base64.getEncoder().encodeToString(
                (TestApp.EMAIL + ":" + TestApp.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(token).as("the bootstrap login's token is padded, so leaving the padding out differs").endsWith("=");

        for (String authorization : List.of("Basic (" + token + ")", "Basic (" + token.replace("=", "") + ")",
                "Basic " + token.replace("=", ""))) {
            ApiClient client = ApiClient.authorization(app.port(), authorization);
            HttpResponse<String> xml = client.get("/account/who_am_i");
            HttpResponse<String> json = client.get("/account/who_am_i", ApiClient.JSON);

            assertThat(xml.statusCode()).as(authorization).isEqualTo(200);
            assertThat(Xml.text(xml.body(), "/hash/user/email")).isEqualTo(TestApp.EMAIL);
            assertThat(json.statusCode()).as(authorization).isEqualTo(200);
            assertThat(json.body()).contains("\"email\":\"" + TestApp.EMAIL + "\"");
        }
        ApiClient parenthesised = ApiClient.authorization(app.port(), "Basic (" + token + ")");
        assertThat(parenthesised.post("/clients", "<client><name>Acme</name></client>").statusCode()).isEqualTo(201);
        assertThat(parenthesised.post("/clients", "{\"client\":{\"name\":\"Beta\"}}", ApiClient.JSON).statusCode())
                .isEqualTo(201);

        String wrong = Base64.getEncoder().encodeToString((TestApp.EMAIL + ":wrong").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = ApiClient.authorization(app.port(), "Basic (" + wrong + ")").get("/contacts");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"Contacts\"");
    }

    /**
     * The wire forms of a client written for Rails: a create with its members in the query string, an empty body and
     * {@code Content-Type: application/json}; names joined by {@code _} or {@code -}; a form-encoded body; a query
     * beside a document, whose members win.
     */
    @Test
    void resourceMembersAsRailsParameters() {
        ApiClient admin = app.admin();
        HttpResponse<String> client = admin.post("/clients/?client%5Bname%5D=Acme&client%5Bdetails%5D=Since%201901",
                "", ApiClient.JSON);
        assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
        assertThat(client.body()).contains("\"name\":\"Acme\"", "\"details\":\"Since 1901\"");
        long id = Long.parseLong(client.headers().firstValue("Location").orElseThrow().replace("/clients/", ""));

        HttpResponse<String> underscore = admin.post("/contacts?contact%5Bclient_id%5D=" + id
                + "&contact%5Bfirst_name%5D=Jane&contact%5Blast_name%5D=Doe", "");
        HttpResponse<String> dash = admin.post("/contacts?contact[client-id]=" + id
                + "&contact[first-name]=John&contact[last-name]=Doe", "", ApiClient.JSON);
        HttpResponse<String> form = admin.withHeader("Accept", ApiClient.XML).send("POST", "/contacts",
                "application/x-www-form-urlencoded", ("contact%5Bclient_id%5D=" + id
                        + "&contact%5Bfirst_name%5D=Ada&contact%5Blast_name%5D=Lovelace").getBytes(StandardCharsets.UTF_8));
        assertThat(underscore.statusCode()).as(underscore.body()).isEqualTo(201);
        assertThat(Xml.text(underscore.body(), "/contact/first-name")).isEqualTo("Jane");
        assertThat(dash.statusCode()).as(dash.body()).isEqualTo(201);
        assertThat(dash.body()).contains("\"first_name\":\"John\"");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(201);
        assertThat(Xml.text(form.body(), "/contact/last-name")).isEqualTo("Lovelace");

        String jane = underscore.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> both = admin.put(jane + "?contact[first_name]=Query&contact[title]=CEO",
                "<contact><first-name>Document</first-name></contact>");
        assertThat(both.statusCode()).as(both.body()).isEqualTo(200);
        assertThat(Xml.text(both.body(), "/contact/first-name")).isEqualTo("Document");
        assertThat(Xml.text(both.body(), "/contact/title")).isEqualTo("CEO");
        assertThat(Xml.count(admin.get("/contacts").body(), "/contacts/contact")).isEqualTo(3);
    }

    /**
     * A contact's {@code updated-at}, written in each form, lists it; a second later lists nothing. PHP's one-digit
     * hour cannot be pinned to a clock the test does not set: 8:30 the day before lists the contact, the day after not.
     */
    @Test
    void updatedSinceInTheFormsRubyAndPhpWrite() {
        ApiClient admin = app.admin();
        long client = createClient(admin, "Acme");
        HttpResponse<String> created = admin.post("/contacts", "<contact><client-id>" + client
                + "</client-id><first-name>Jane</first-name><last-name>Doe</last-name></contact>");
        Instant changed = Instant.parse(Xml.text(created.body(), "/contact/updated-at"));

        for (Form form : RUBY_FORMS) {
            assertListed(client, form.write(changed), 1);
            assertListed(client, form.write(changed.plusSeconds(1)), 0);
        }
        LocalDate day = changed.atOffset(ZoneOffset.UTC).toLocalDate();
        for (String separator : List.of(" ", "T")) {
            assertListed(client, day.minusDays(1) + separator + "8:30", 1);
            assertListed(client, day.plusDays(1) + separator + "8:30", 0);
        }
    }

    /**
     * {@code since} sent encoded, and with a {@code +} left unencoded as many clients send it (so that it arrives
     * as a space); XML on all contacts, JSON on the client's.
     */
    private void assertListed(long client, String since, int expected) {
        for (String query : List.of(URLEncoder.encode(since, StandardCharsets.UTF_8), since.replace(" ", "%20"))) {
            HttpResponse<String> xml = app.admin().get("/contacts?updated_since=" + query);
            HttpResponse<String> json = app.admin().get("/clients/" + client + "/contacts?updated_since=" + query,
                    ApiClient.JSON);

            assertThat(xml.statusCode()).as(query).isEqualTo(200);
            assertThat(Xml.count(xml.body(), "/contacts/contact")).as(query).isEqualTo(expected);
            assertThat(json.statusCode()).as(query).isEqualTo(200);
            assertThat(JSON_CONTACT.matcher(json.body()).results().count()).as(query).isEqualTo(expected);
        }
    }

    /** A date format a client writes {@code updated_since} with, at the offset the client's clock is on. */
    private record Form(String pattern, String offset) {
        String write(Instant instant) {
            return DateTimeFormatter.ofPattern(pattern).format(instant.atOffset(ZoneOffset.of(offset)));
        }
    }
}
