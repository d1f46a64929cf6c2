package io.contacts.app;

import io.vertx.core.buffer.Buffer;
import io.vertx.openapi.mediatype.ContentAnalyser;
import io.vertx.openapi.mediatype.MediaTypeRegistration;
import io.vertx.openapi.validation.ValidationContext;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Test support: the media types of docs/openapi.yaml that the validator library does not read on its own — plain
 * text, HTML, YAML, XML and the exports (vCard, CSV) — registered so that it compares their bodies with their
 * schemas as text. What XML must also be, {@link OpenApiContract} checks with contacts.xsd.
 */
final class TextBodies implements MediaTypeRegistration {

    private static final List<String> TYPES = List.of("text/plain", "text/html", "application/yaml",
            "application/xml", "text/xml", "text/vcard", "text/csv");

    @Override
    public ContentAnalyser createContentAnalyser(String contentType, Buffer content, ValidationContext context) {
        String text = content.toString(StandardCharsets.UTF_8);
        return new ContentAnalyser() {
            @Override
            public void checkSyntacticalCorrectness() {
                // Any text is text.
            }

            @Override
            public Object transform() {
                return text;
            }
        };
    }

    @Override
    public boolean canHandle(String mediaType) {
        return TYPES.contains(mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public List<String> supportedTypes() {
        return TYPES;
    }
}
