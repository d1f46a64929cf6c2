package io.contacts.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the running service says of itself to whoever finds its address — {@code GET /}, {@code /version}, and the
 * descriptions of its v1 API — whatever the database: a subclass says which one.
 */
abstract class DiscoveryContract extends AppOnEmptyDatabase {

    /** What Firefox and Chrome send when a person opens the address. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final List<String> DISCOVERY = List.of("/", "/version", "/contacts.xsd", "/openapi.yaml");

    @Test
    void theRootNamesTheServiceItsVersionAndLinksItsDescriptions() {
        ApiClient anonymous = app.anonymous();

        HttpResponse<String> index = anonymous.get("/", ApiClient.JSON);

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(contentType(index)).isEqualTo("application/json; charset=utf-8");
        assertThat(index.body()).contains("\"name\":\"Client Contacts\"", "\"version\":\"" + version() + "\"",
                "\"openapi\":\"/openapi.yaml\"", "\"xsd\":\"/contacts.xsd\"", "\"version\":\"/version\"");
        for (String link : List.of("/version", "/openapi.yaml", "/contacts.xsd", "/health", "/ready", "/metrics")) {
            assertThat(index.body()).contains("\"" + link + "\"");
            assertThat(anonymous.get(link, "*/*").statusCode()).as(link).isEqualTo(200);
        }
        assertThat(contentType(anonymous.get("/", "*/*"))).as("curl's Accept").startsWith("application/json");
        assertThat(contentType(anonymous.get("/", "application/json;q=0.9,text/html;q=0.5")))
                .startsWith("application/json");
    }

    @Test
    void aBrowserGetsAPageWithTheSameLinks() {
        HttpResponse<String> page = app.anonymous().get("/", BROWSER);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(contentType(page)).isEqualTo("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Vary")).contains("Accept");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).startsWith("default-src 'none'"));
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<title>Client Contacts</title>",
                "Version " + version(), "href=\"/openapi.yaml\"", "href=\"/contacts.xsd\"", "href=\"/version\"",
                "docs/api.md");
    }

    @Test
    void versionGivesTheVersionAndTheBuild() {
        HttpResponse<String> answer = app.anonymous().get("/version", ApiClient.JSON);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(contentType(answer)).isEqualTo("application/json; charset=utf-8");
        Matcher version = Pattern.compile("\\{\"name\":\"Client Contacts\",\"version\":\"([^\"]+)\","
                + "\"built\":\"([^\"]+)\"}\n").matcher(answer.body());
        assertThat(version.matches()).as(answer.body()).isTrue();
        assertThat(version.group(1)).isEqualTo(version());
        assertThat(Instant.parse(version.group(2))).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void theXsdAndTheOpenApiDescriptionServedAreThoseInDocs() throws IOException {
        ApiClient anonymous = app.anonymous();

        HttpResponse<String> xsd = anonymous.get("/contacts.xsd", "*/*");
        HttpResponse<String> openApi = anonymous.get("/openapi.yaml", "*/*");

        assertThat(xsd.statusCode()).isEqualTo(200);
        assertThat(contentType(xsd)).isEqualTo("application/xml; charset=utf-8");
        assertThat(xsd.body()).isEqualTo(Files.readString(docs().resolve("contacts.xsd")));
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(contentType(openApi)).isEqualTo("application/yaml; charset=utf-8");
        assertThat(openApi.body()).isEqualTo(Files.readString(docs().resolve("openapi.yaml")))
                .startsWith("openapi: 3.1.");
        // The schema served is the one a client can check the answers against.
        XmlSchema.of(xsd.body()).assertValid(app.admin().get("/account/who_am_i").body());
    }

    @Test
    void discoveryNeedsNoCredentialsReadsNoneAndEchoesNothing() {
        ApiClient wrongPassword = app.basic(TestApp.EMAIL, "not the password");
        ApiClient anonymous = app.anonymous();
        String query = URLEncoder.encode("<script>marker-in-query</script>", StandardCharsets.UTF_8);

        for (String path : DISCOVERY) {
            HttpResponse<String> plain = anonymous.get(path, BROWSER);
            HttpResponse<String> probed = wrongPassword.withHeader("X-Probe", "<b>marker-in-header</b>")
                    .get(path + "?q=" + query + "&access_token=marker-in-token", BROWSER);
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(probed.statusCode()).as(path).isEqualTo(200);
            assertThat(probed.body()).as(path).isEqualTo(plain.body()).doesNotContain("marker-in");
        }
        HttpResponse<String> post = anonymous.send("POST", "/", ApiClient.JSON, "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The project's version, as the build that ran these tests knows it. */
    static String version() {
        return required("contacts.version");
    }

    static Path docs() {
        return Path.of(required("contacts.docs.dir"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("run through Maven: the " + property + " system property is not set");
        }
        return value;
    }
}
