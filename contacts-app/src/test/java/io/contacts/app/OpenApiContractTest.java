package io.contacts.app;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check every end-to-end answer goes through ({@link ApiClient}) can fail: answers that deviate from
 * docs/openapi.yaml in each way it looks at are refused, and the same answers made right pass.
 */
class OpenApiContractTest {

    private static final String JSON = "application/json; charset=utf-8";
    private static final String XML = "application/xml; charset=utf-8";
    private static final String CONTACT = "{\"contact\":{\"created_at\":\"2011-03-04T05:06:07Z\",\"title\":null,"
            + "\"updated_at\":\"2011-03-04T05:06:07Z\",\"phone_office\":\"555-0100\",\"id\":7,\"client_id\":42,"
            + "\"fax\":null,\"last_name\":\"Lovelace\",\"email\":null,\"first_name\":\"Ada\",\"phone_mobile\":null}}";
    private static final String CONTACT_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <contact>
              <created-at type="datetime">2011-03-04T05:06:07Z</created-at>
              <title nil="true"/>
              <updated-at type="datetime">2011-03-04T05:06:07Z</updated-at>
              <phone-office>555-0100</phone-office>
              <id type="integer">7</id>
              <client-id type="integer">42</client-id>
              <fax nil="true"/>
              <last-name>Lovelace</last-name>
              <email nil="true"/>
              <first-name>Ada</first-name>
              <phone-mobile nil="true"/>
            </contact>
            """;

    @Test
    void answersAsDescribedPass() {
        assertThatCode(() -> OpenApiContract.assertConforms(contact(200, JSON, CONTACT))).doesNotThrowAnyException();
        assertThatCode(() -> OpenApiContract.assertConforms(contact(200, XML, CONTACT_XML)))
                .doesNotThrowAnyException();
        assertThatCode(() -> OpenApiContract.assertConforms(answer("GET", "/no/such/path", 404, XML,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><hash><message>Not found</message></hash>")))
                .as("an unknown path is 404, as docs/api.md says").doesNotThrowAnyException();
        assertThatCode(() -> OpenApiContract.assertConforms(answer("DELETE", "/clients/abc/contacts", 404, XML,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><hash><message>Not found</message></hash>")))
                .as("an id that is none is 404 before the method is looked at").doesNotThrowAnyException();
        String emoji = "\uD83D\uDE00".repeat(255);
        assertThatCode(() -> OpenApiContract.assertConforms(contact(200, XML, CONTACT_XML.replace(">Ada<",
                ">" + emoji + "<")))).as("255 characters, though 510 UTF-16 units").doesNotThrowAnyException();
    }

    @Test
    void aJsonBodyOtherThanDescribedIsRefused() {
        assertDeviates(contact(200, JSON, CONTACT.replace("\"fax\":null,", "")), "fax");
        assertDeviates(contact(200, JSON, CONTACT.replace("\"first_name\":\"Ada\"", "\"first_name\":null")),
                "first_name");
        assertDeviates(contact(200, JSON, CONTACT.replace("\"id\":7", "\"id\":\"7\"")), "id");
        assertDeviates(contact(200, JSON, CONTACT.replace("2011-03-04T05:06:07Z", "2011-03-04 05:06:07")),
                "created_at");
        assertDeviates(contact(200, JSON, CONTACT.replace("\"fax\":null", "\"fax\":null,\"secret\":\"x\"")),
                "secret");
    }

    @Test
    void aStatusHeaderOrMediaTypeOtherThanDescribedIsRefused() {
        assertDeviates(contact(418, JSON, CONTACT), "418");
        Answer withoutRequestId = contact(200, JSON, CONTACT);
        withoutRequestId.headers().remove("X-Request-Id");
        assertDeviates(withoutRequestId, "X-Request-Id");
        Answer badTag = contact(200, JSON, CONTACT);
        badTag.headers().put("ETag", List.of("W/\"7\""));
        assertDeviates(badTag, "ETag");
        assertDeviates(contact(200, "text/html; charset=utf-8", "<p>Ada</p>"), "text/html");
        assertDeviates(answer("GET", "/no/such/path", 200, JSON, "{}"), "/no/such/path");
        assertDeviates(answer("DELETE", "/clients/12/contacts", 404, XML, "<hash><message>x</message></hash>"),
                "only 405");
    }

    @Test
    void anXmlBodyIsHeldToTheRootElementDescribedAndToContactsXsd() {
        assertDeviates(contact(200, XML, CONTACT_XML.replace("contact>", "client>")), "client");
        assertDeviates(contact(200, XML, CONTACT_XML.replace("<first-name>Ada</first-name>", "")), "first-name");
        assertDeviates(contact(200, XML, CONTACT_XML.replace("<id type=\"integer\">7</id>", "<id>7</id>")), "type");
        assertDeviates(contact(200, XML, CONTACT_XML.replace(">Ada<", ">" + "\uD83D\uDE00".repeat(256) + "<")),
                "maxLength");
    }

    @Test
    void harvestV2IsOutsideTheDescription() {
        assertThatCode(() -> OpenApiContract.assertConforms(answer("GET", "/v2/contacts", 200, JSON, "{\"any\":1}")))
                .doesNotThrowAnyException();
        assertThatCode(() -> OpenApiContract.assertConforms(answer("GET", "/api/v2/users/me", 200, JSON, "[]")))
                .doesNotThrowAnyException();
    }

    /** The check refuses the answer, and one of the problems it names is about {@code named}. */
    private static void assertDeviates(Answer answer, String named) {
        assertThatThrownBy(() -> OpenApiContract.assertConforms(answer)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("docs/openapi.yaml");
        assertThat(OpenApiContract.problems(answer)).anySatisfy(problem -> assertThat(problem).contains(named));
    }

    /** {@code GET /contacts/7} answered as the service answers it, but for what the test changes. */
    private static Answer contact(int status, String contentType, String body) {
        Answer answer = answer("GET", "/contacts/7", status, contentType, body);
        answer.headers().put("ETag", List.of("\"contact-7-1\""));
        answer.headers().put("Last-Modified", List.of("Fri, 04 Mar 2011 05:06:07 GMT"));
        return answer;
    }

    private static Answer answer(String method, String path, int status, String contentType, String body) {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("Content-Type", List.of(contentType));
        headers.put("X-Request-Id", List.of("4f1c0a2b"));
        headers.put("Vary", List.of("Accept"));
        return new Answer(method, path, status, headers, body);
    }
}
