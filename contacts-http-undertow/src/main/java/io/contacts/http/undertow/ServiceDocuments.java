package io.contacts.http.undertow;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Driving adapter: the bodies of the discovery routes, made once when the server is built — from the app's
 * {@link ServiceInfo} and the descriptions the build copied from docs/ — so that no request can put anything of
 * its own into them.
 */
final class ServiceDocuments {

    /** What {@code GET /} links to, in the order it lists them. */
    private static final Map<String, String> LINKS = links();

    private final String indexJson;
    private final String indexHtml;
    private final String versionJson;
    private final String xmlSchema;
    private final String openApi;

    private ServiceDocuments(ServiceInfo service) {
        this.indexJson = indexJson(service);
        this.indexHtml = indexHtml(service);
        this.versionJson = versionJson(service);
        this.xmlSchema = resource("contacts.xsd");
        this.openApi = resource("openapi.yaml");
    }

    /** @throws IllegalStateException when the build left a description out of the jar */
    static ServiceDocuments of(ServiceInfo service) {
        return new ServiceDocuments(service);
    }

    String indexJson() {
        return indexJson;
    }

    String indexHtml() {
        return indexHtml;
    }

    String versionJson() {
        return versionJson;
    }

    String xmlSchema() {
        return xmlSchema;
    }

    String openApi() {
        return openApi;
    }

    private static Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", "/");
        links.put("version", "/version");
        links.put("openapi", "/openapi.yaml");
        links.put("xsd", "/contacts.xsd");
        links.put("health", "/health");
        links.put("ready", "/ready");
        links.put("metrics", "/metrics");
        return Collections.unmodifiableMap(links);
    }

    private static String indexJson(ServiceInfo service) {
        return json(json -> {
            json.writeStringField("name", service.name());
            json.writeStringField("version", service.version());
            json.writeObjectFieldStart("links");
            for (Map.Entry<String, String> link : LINKS.entrySet()) {
                json.writeStringField(link.getKey(), link.getValue());
            }
            json.writeEndObject();
        });
    }

    private static String versionJson(ServiceInfo service) {
        return json(json -> {
            json.writeStringField("name", service.name());
            json.writeStringField("version", service.version());
            json.writeStringField("built", service.built().map(ServiceDocuments::utcSeconds).orElse(null));
        });
    }

    /** A page for whoever opens the address in a browser: what this is, and where to read on. */
    private static String indexHtml(ServiceInfo service) {
        String name = html(service.name());
        String build = service.built().map(built -> ", built " + utcSeconds(built)).orElse("");
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>%1$s</title></head>
                <body>
                <h1>%1$s</h1>
                <p>Version %2$s%3$s.</p>
                <p>The Harvest API v1 &ldquo;Client Contacts&rdquo; resource (XML and JSON), and Harvest API v2 (JSON)
                under <code>/v2/</code>.</p>
                <ul>
                <li><a href="/openapi.yaml">/openapi.yaml</a>: the v1 API, as an OpenAPI 3.1 description</li>
                <li><a href="/contacts.xsd">/contacts.xsd</a>: the XML Schema of every XML document v1 sends</li>
                <li><a href="/version">/version</a>: version and build</li>
                <li><a href="/health">/health</a>, <a href="/ready">/ready</a>, <a href="/metrics">/metrics</a>:
                for probes and scrapers</li>
                </ul>
                <p>The documentation (docs/api.md for v1, docs/api-v2.md for v2, docs/operations.md) comes with the
                service.</p>
                </body>
                </html>
                """.formatted(name, html(service.version()), build);
    }

    private static String utcSeconds(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Text for an HTML page: the app's strings are its own, but a version is no place for markup either. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String json(JsonBody body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            body.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static String resource(String name) {
        try (InputStream in = ServiceDocuments.class.getResourceAsStream(name)) {
            return new String(Optional.ofNullable(in).orElseThrow(() -> new IllegalStateException(
                    "docs/" + name + " is missing from the build: the HTTP module's resources copy it"))
                    .readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the members of one JSON object. */
    @FunctionalInterface
    private interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }
}
