package io.contacts.app.reliability;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.contacts.app.ApiClient;
import io.contacts.app.Xml;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL metacharacters and Unicode in every field, on both stores, sent in XML and in JSON: each text is stored
 * exactly as sent (the row holds it), returned exactly in both formats, and changes nothing else.
 */
class VerbatimTextTest {

    /** First in, last out: it records from before the services start until after they stop. */
    @RegisterExtension
    @Order(1)
    static final SecretsInLogs LOGS = SecretsInLogs.atInfoLevel();

    /** None starts or ends with white space, which the contract trims. */
    static final List<String> TEXTS = List.of(
            "Robert'); DROP TABLE contacts;--",
            "' OR '1'='1' --",
            "\"; DELETE FROM clients WHERE \"\"=\"",
            "100% _wild_ [a-z]* \\ \\\\ \\' \\\" ; -- /* */ $$ $1 ? :name",
            "<script>alert('x')</script> & &amp; ]]> <![CDATA[x]]>",
            "Zoë Ångström Straße",
            "漢字かな交じり文",
            "مرحبا بالعالم",
            "😀👍🏽 👨‍👩‍👧 𝄞",
            "e\u0301 n\u0303 (combining marks)",
            "zero\u200Bwidth\u200Djoiner\uFEFFbom",
            "tab\there\nnew line",
            "windows\r\nline end and a lone\rcarriage return",
            "del\u007Fnel\u0085line\u2028paragraph\u2029end",
            "NULL",
            "null",
            "😀".repeat(255),
            "x".repeat(255));
    static final List<String> EMAILS = List.of(
            "o'brien+%_;--\"x\"@exämple.com",
            "robert');drop.table@x.example",
            "漢字@例え.テスト");

    /** The contact's text fields, XML names. */
    private static final List<String> FIELDS = List.of("first-name", "last-name", "title", "phone-office",
            "phone-mobile", "fax");

    @RegisterExtension
    @Order(2)
    static final ServicesPerStore SERVICES = new ServicesPerStore();

    @ParameterizedTest
    @EnumSource(Store.class)
    void everyTextIsStoredAndReturnedVerbatim(Store store) throws SQLException {
        Service service = SERVICES.get(store);
        int requests = 0;

        for (String format : List.of(ApiClient.XML, ApiClient.JSON)) {
            // An account per format: client names are unique within an account, and both formats use every text.
            ApiClient api = service.newTenant("Verbatim " + store + " " + format).basic();
            List<Long> contacts = new ArrayList<>();
            List<Long> clients = new ArrayList<>();
            for (int k = 0; k < TEXTS.size(); k++) {
                Map<String, String> clientFields = Map.of("name", text(k, 0), "details", text(k, 1));
                HttpResponse<String> client = api.post("/clients", body("client", clientFields, format), format);
                requests++;
                assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
                long clientId = Long.parseLong(field(client, "client", "id"));
                clients.add(clientId);
                assertReadsBack(api, "/clients/" + clientId, "client", clientFields);

                Map<String, String> fields = contactFields(k, 2);
                HttpResponse<String> created = api.post("/contacts",
                        body("contact", with(fields, "client-id", Long.toString(clientId)), format), format);
                requests++;
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                long id = Long.parseLong(field(created, "contact", "id"));
                contacts.add(id);
                assertReadsBack(api, "/contacts/" + id, "contact", fields);
                assertStored(service, id, fields);

                Map<String, String> changed = contactFields(k, 5);
                HttpResponse<String> updated = api.put("/contacts/" + id, body("contact", changed, format), format);
                requests++;
                assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
                assertReadsBack(api, "/contacts/" + id, "contact", changed);
                assertStored(service, id, changed);
            }
            assertThat(Xml.count(api.get("/contacts").body(), "/contacts/contact")).as("nothing more, nothing less")
                    .isEqualTo(contacts.size());
            assertThat(Xml.count(api.get("/clients").body(), "/clients/client")).isEqualTo(clients.size());
        }

        Report.line("verbatim text on %s: %d writes (%d texts, %d e-mails, XML and JSON), "
                + "every field read back exactly in both formats and from the row", store, requests, TEXTS.size(),
                EMAILS.size());
    }

    /** Contact {@code k}'s fields: every text field gets another of the texts, the e-mail one of the e-mails. */
    private static Map<String, String> contactFields(int k, int shift) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int j = 0; j < FIELDS.size(); j++) {
            fields.put(FIELDS.get(j), text(k, j + shift));
        }
        fields.put("email", EMAILS.get((k + shift) % EMAILS.size()));
        return fields;
    }

    private static String text(int k, int j) {
        return TEXTS.get((k + j) % TEXTS.size());
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.put(name, value);
        return more;
    }

    private static void assertReadsBack(ApiClient api, String path, String root, Map<String, String> expected) {
        HttpResponse<String> xml = api.get(path, ApiClient.XML);
        HttpResponse<String> json = api.get(path, ApiClient.JSON);
        for (Map.Entry<String, String> field : expected.entrySet()) {
            assertThat(Xml.text(xml.body(), "/" + root + "/" + field.getKey())).as("XML " + field.getKey())
                    .isEqualTo(field.getValue());
            assertThat(Answers.jsonEntity(json.body(), root).get(field.getKey().replace('-', '_')))
                    .as("JSON " + field.getKey()).isEqualTo(field.getValue());
        }
    }

    /** The row itself holds the text as sent: nothing escaped, folded or cut on the way in. */
    private static void assertStored(Service service, long id, Map<String, String> expected) throws SQLException {
        try (Connection connection = service.jdbc(); PreparedStatement select = connection.prepareStatement(
                "select first_name, last_name, title, phone_office, phone_mobile, fax, email from contacts "
                        + "where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                for (Map.Entry<String, String> field : expected.entrySet()) {
                    assertThat(row.getString(field.getKey().replace('-', '_'))).as("stored " + field.getKey())
                            .isEqualTo(field.getValue());
                }
            }
        }
    }

    private static String field(HttpResponse<String> answer, String root, String name) {
        return answer.headers().firstValue("Content-Type").orElse("").startsWith(ApiClient.JSON)
                ? String.valueOf(Answers.jsonEntity(answer.body(), root).get(name.replace('-', '_')))
                : Xml.text(answer.body(), "/" + root + "/" + name);
    }

    static String body(String root, Map<String, String> fields, String format) {
        StringBuilder body = new StringBuilder();
        if (format.equals(ApiClient.JSON)) {
            JsonStringEncoder encoder = JsonStringEncoder.getInstance();
            fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : ",").append('"')
                    .append(name.replace('-', '_')).append("\":\"").append(encoder.quoteAsString(value)).append('"'));
            return "{\"" + root + "\":{" + body + "}}";
        }
        fields.forEach((name, value) -> body.append('<').append(name).append('>').append(xmlEscaped(value))
                .append("</").append(name).append('>'));
        return "<" + root + ">" + body + "</" + root + ">";
    }

    private static String xmlEscaped(String text) {
        // A raw carriage return would reach the server as a line feed: XML parsers normalise line ends.
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;");
    }
}
