package io.contacts.http.undertow;

import io.contacts.http.undertow.web.Access;
import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.Router;
import io.contacts.http.undertow.web.WireFormat;
import io.undertow.util.Headers;
import io.undertow.util.QValueParser;

import java.util.List;
import java.util.Locale;

/**
 * Driving adapter: the discovery routes — what the service is ({@code GET /}), its version and build
 * ({@code GET /version}), and the descriptions of its v1 API ({@code GET /contacts.xsd}, {@code GET /openapi.yaml}).
 * Like the operations routes they need no credentials and are never throttled, so each answers a fixed body made
 * at start: nothing of a request is read but {@code Accept} on {@code /}, and nothing of it is written back.
 */
public final class DiscoveryRoutes {

    private static final String JSON = "application/json; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String XML = "application/xml; charset=utf-8";
    /** RFC 9512's media type for YAML. */
    private static final String YAML = "application/yaml; charset=utf-8";

    private final ServiceDocuments documents;

    /** @throws IllegalStateException when the build left the XSD or the OpenAPI description out */
    public DiscoveryRoutes(ServiceInfo service) {
        this.documents = ServiceDocuments.of(service);
    }

    public <F extends WireFormat> void register(Router<F> router) {
        router.add("GET", "/", Access.OPEN, this::index)
                .add("GET", "/version", Access.OPEN, request -> send(request, JSON, documents.versionJson()))
                .add("GET", "/contacts.xsd", Access.OPEN, request -> send(request, XML, documents.xmlSchema()))
                .add("GET", "/openapi.yaml", Access.OPEN, request -> send(request, YAML, documents.openApi()));
    }

    /** JSON for programs; the page for a browser, which asks for HTML before anything else. */
    private void index(ApiExchange<?> request) {
        request.responseHeader("Vary", "Accept");
        if (prefersHtml(request.header(Headers.ACCEPT))) {
            // A page of text and links: nothing on it may run, load or be framed.
            request.responseHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            send(request, HTML, documents.indexHtml());
        } else {
            send(request, JSON, documents.indexJson());
        }
    }

    private static void send(ApiExchange<?> request, String contentType, String body) {
        request.responseHeader("X-Content-Type-Options", "nosniff");
        request.sendText(200, contentType, body);
    }

    /**
     * Whether {@code Accept} ranks {@code text/html} above {@code application/json}: the first of its q-value
     * groups that names either decides, and a tie goes to JSON. Wildcards name neither: {@code curl}'s
     * {@code *}{@code /*} gets JSON.
     */
    static boolean prefersHtml(String accept) {
        if (accept == null) {
            return false;
        }
        for (List<QValueParser.QValueResult> group : QValueParser.parse(List.of(accept))) {
            boolean html = false;
            boolean json = false;
            for (QValueParser.QValueResult range : group) {
                String type = range.getValue().strip().toLowerCase(Locale.ROOT);
                if (!range.isQValueZero()) {
                    html |= type.equals("text/html");
                    json |= type.equals("application/json");
                }
            }
            if (html || json) {
                return html && !json;
            }
        }
        return false;
    }
}
