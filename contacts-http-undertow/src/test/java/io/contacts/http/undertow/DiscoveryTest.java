package io.contacts.http.undertow;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The discovery routes: what the app says of its build, as JSON or a page, and the descriptions copied from docs/. */
class DiscoveryTest {

    private static final ServiceInfo BUILD = new ServiceInfo("Client Contacts", "9.8.7",
            Optional.of(Instant.parse("2026-12-02T17:20:31.123Z")));

    @Test
    void theIndexNamesTheServiceAndLinksTheRest() {
        try (TestServer server = serving(BUILD)) {
            Reply index = server.anonymous().get("/");

            assertThat(index.status()).isEqualTo(200);
            assertThat(index.contentType()).isEqualTo("application/json; charset=utf-8");
            assertThat(index.header("Vary")).contains("Accept");
            assertThat(index.body()).isEqualTo("{\"name\":\"Client Contacts\",\"version\":\"9.8.7\",\"links\":{"
                    + "\"self\":\"/\",\"version\":\"/version\",\"openapi\":\"/openapi.yaml\",\"xsd\":\"/contacts.xsd\","
                    + "\"health\":\"/health\",\"ready\":\"/ready\",\"metrics\":\"/metrics\"}}\n");
        }
    }

    @Test
    void versionGivesTheBuildAndNullForWhatTheBuildCouldNotTell() {
        try (TestServer known = serving(BUILD); TestServer unknown = serving(ServiceInfo.unknown())) {
            assertThat(known.anonymous().get("/version").body()).isEqualTo("{\"name\":\"Client Contacts\","
                    + "\"version\":\"9.8.7\",\"built\":\"2026-12-02T17:20:31Z\"}\n");
            assertThat(unknown.anonymous().get("/version").body()).isEqualTo("{\"name\":\"Client Contacts\","
                    + "\"version\":\"unknown\",\"built\":null}\n");
        }
    }

    @Test
    void aBrowserGetsAPageThatCanRunNothingAndShowsNoMarkupFromTheBuild() {
        ServiceInfo odd = new ServiceInfo("Client <Contacts>", "1.0<script>", Optional.empty());
        try (TestServer server = serving(odd)) {
            Reply page = server.anonymous().with("Accept", "text/html,*/*;q=0.8").get("/");

            assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
            assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.body()).contains("<title>Client &lt;Contacts&gt;</title>", "Version 1.0&lt;script&gt;.")
                    .doesNotContain("<script>", "<Contacts>");
        }
    }

    @Test
    void theOpenApiDescriptionIsServedAsYaml() {
        try (TestServer server = serving(BUILD)) {
            Reply description = server.anonymous().get("/openapi.yaml");

            assertThat(description.status()).isEqualTo(200);
            assertThat(description.contentType()).isEqualTo("application/yaml; charset=utf-8");
            assertThat(description.body()).startsWith("openapi: 3.1.0\n").contains("  /contacts/{contact_id}:\n");
            assertThat(server.anonymous().post("/openapi.yaml", "x").status()).isEqualTo(405);
        }
    }

    @ParameterizedTest(name = "Accept: {0} -> HTML {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "none | false",
        "*/* | false",
        "application/json | false",
        "text/html | true",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | true",
        "application/json, text/html | false",
        "text/html;q=0.5, application/json | false",
        "text/html, application/json;q=0.5 | true",
        "TEXT/HTML | true",
        "text/html;q=0 | false",
        "application/xml, */* | false"})
    void htmlOnlyWhenAcceptRanksItAboveJson(String accept, boolean html) {
        assertThat(DiscoveryRoutes.prefersHtml(accept)).isEqualTo(html);
    }

    private static TestServer serving(ServiceInfo service) {
        return TestServer.builder().operations(new Operations(() -> true, () -> "", new SimpleMeterRegistry(), service))
                .start();
    }
}
