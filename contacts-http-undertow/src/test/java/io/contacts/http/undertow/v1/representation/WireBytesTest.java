package io.contacts.http.undertow.v1.representation;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.http.undertow.security.RateLimitStatus;
import io.contacts.http.undertow.v1.json.JsonRepresentation;
import io.contacts.http.undertow.v1.xml.XmlRepresentation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.contacts.http.undertow.v1.representation.WireSamples.UPDATED;
import static io.contacts.http.undertow.v1.representation.WireSamples.activeClient;
import static io.contacts.http.undertow.v1.representation.WireSamples.fullContact;
import static io.contacts.http.undertow.v1.representation.WireSamples.identity;
import static io.contacts.http.undertow.v1.representation.WireSamples.inactiveClient;
import static io.contacts.http.undertow.v1.representation.WireSamples.sparseContact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of document, in both formats, byte for byte as sent — declaration, indentation, attribute order,
 * escaping, nil elements — against the files in {@code src/test/resources/wire}, which hold what the service
 * wrote before its writers were last reorganised.
 */
class WireBytesTest {

    /** One document, written to a stream by a representation. */
    @FunctionalInterface
    interface Document {
        void write(Representation representation, OutputStream out) throws IOException;
    }

    /** A named document. */
    record Case(String name, Document document) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("contact-full", (r, out) -> r.contact(fullContact(), out)),
                new Case("contact-sparse", (r, out) -> r.contact(sparseContact(), out)),
                new Case("contacts", (r, out) -> r.contacts(List.of(fullContact(), sparseContact()).iterator(), out)),
                new Case("contacts-empty", (r, out) -> r.contacts(List.<Contact>of().iterator(), out)),
                new Case("contacts-many", (r, out) -> r.contacts(many(), out)),
                new Case("client-active", (r, out) -> r.client(activeClient(), out)),
                new Case("client-inactive", (r, out) -> r.client(inactiveClient(), out)),
                new Case("clients", (r, out) -> r.clients(List.of(activeClient(), inactiveClient()).iterator(), out)),
                new Case("clients-empty", (r, out) -> r.clients(List.<Client>of().iterator(), out)),
                new Case("who-am-i", (r, out) -> r.identity(identity(), out)),
                new Case("rate-limit", (r, out) -> r.rateLimitStatus(
                        new RateLimitStatus(Optional.of(UPDATED), 12, 15, 100, 0), out)),
                new Case("rate-limit-fresh", (r, out) -> r.rateLimitStatus(
                        new RateLimitStatus(Optional.empty(), 0, 15, 100, 7), out)),
                new Case("message", (r, out) -> r.message("Not found: <x> & \"y\"\r\n", out)),
                new Case("errors", (r, out) -> r.errors(List.of("Last name can't be blank", "Email & <b>"), out)),
                new Case("errors-empty", (r, out) -> r.errors(List.of(), out)));
    }

    /** Enough contacts for the XML writer to send its text in several batches. */
    private static Iterator<Contact> many() {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            contacts.add(i % 2 == 0 ? fullContact() : sparseContact());
        }
        return contacts.iterator();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void xmlIsWrittenByteForByteAsBefore(Case document) throws IOException {
        assertThat(written(new XmlRepresentation(), document)).isEqualTo(expected(document.name() + ".xml"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void jsonIsWrittenByteForByteAsBefore(Case document) throws IOException {
        assertThat(written(new JsonRepresentation(1 << 20), document)).isEqualTo(expected(document.name() + ".json"));
    }

    static String written(Representation representation, Case document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.document().write(representation, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String expected(String file) throws IOException {
        try (InputStream in = WireBytesTest.class.getResourceAsStream("/wire/" + file)) {
            assertThat(in).as("src/test/resources/wire/%s", file).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
