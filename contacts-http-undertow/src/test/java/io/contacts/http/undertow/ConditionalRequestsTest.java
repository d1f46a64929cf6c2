package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** ETag and Last-Modified on single resources: 304 for a copy still current, 412 for a write based on an old one. */
class ConditionalRequestsTest {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    private record Fixture(Api api, Client client, Contact contact, String path) {
    }

    private static Fixture fixture() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());
        return new Fixture(server.as(user), client, contact, "/contacts/" + contact.id().value());
    }

    @Test
    void aSingleResourceCarriesAnETagAndLastModified() {
        Fixture f = fixture();

        Reply reply = f.api().get(f.path());

        assertThat(reply.header("ETag")).contains("\"contact-" + f.contact().id().value() + "-1\"");
        assertThat(reply.header("Last-Modified")).contains(HTTP_DATE.format(f.contact().updatedAt()));
        assertThat(reply.header("Vary")).contains("Accept");
    }

    @Test
    void ifNoneMatchWithTheCurrentTagIs304WithoutABody() {
        Fixture f = fixture();
        String etag = f.api().get(f.path()).header("ETag").orElseThrow();

        Reply reply = f.api().with("If-None-Match", etag).get(f.path());
        Reply json = f.api().json().with("If-None-Match", "W/" + etag).get(f.path());

        assertThat(reply.status()).isEqualTo(304);
        assertThat(reply.body()).isEmpty();
        assertThat(reply.header("ETag")).contains(etag);
        assertThat(json.status()).isEqualTo(304);
    }

    @Test
    void ifNoneMatchWithAnOldTagGetsTheNewVersion() {
        Fixture f = fixture();
        String old = f.api().get(f.path()).header("ETag").orElseThrow();
        f.api().put(f.path(), "<contact><title>New</title></contact>");

        Reply reply = f.api().with("If-None-Match", old).get(f.path());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(XPath.value(reply.body(), "/contact/title")).isEqualTo("New");
        assertThat(reply.header("ETag")).isNotEqualTo(old).contains("\"contact-" + f.contact().id().value() + "-2\"");
    }

    @Test
    void ifModifiedSinceIs304UntilTheResourceChanges() {
        Fixture f = fixture();
        String lastModified = f.api().get(f.path()).header("Last-Modified").orElseThrow();

        assertThat(f.api().with("If-Modified-Since", lastModified).get(f.path()).status()).isEqualTo(304);
        domain.clock().advance(Duration.ofSeconds(5));
        f.api().put(f.path(), "<contact><title>New</title></contact>");
        assertThat(f.api().with("If-Modified-Since", lastModified).get(f.path()).status()).isEqualTo(200);
    }

    @Test
    void putWithTheCurrentTagSucceedsAndAStaleOneIs412ChangingNothing() {
        Fixture f = fixture();
        String first = f.api().get(f.path()).header("ETag").orElseThrow();

        Reply ok = f.api().with("If-Match", first).put(f.path(), "<contact><title>Second</title></contact>");
        Reply stale = f.api().with("If-Match", first).put(f.path(), "<contact><title>Lost update</title></contact>");

        assertThat(ok.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(XPath.value(stale.body(), "/hash/message")).contains("nothing was changed");
        assertThat(XPath.value(f.api().get(f.path()).body(), "/contact/title")).isEqualTo("Second");
    }

    @Test
    void deleteWithAStaleTagIs412AndTheContactStays() {
        Fixture f = fixture();
        String first = f.api().get(f.path()).header("ETag").orElseThrow();
        f.api().put(f.path(), "<contact><title>Changed</title></contact>");

        Reply stale = f.api().with("If-Match", first).delete(f.path());

        assertThat(stale.status()).isEqualTo(412);
        assertThat(f.api().get(f.path()).status()).isEqualTo(200);
        String current = f.api().get(f.path()).header("ETag").orElseThrow();
        assertThat(f.api().with("If-Match", current).delete(f.path()).status()).isEqualTo(200);
    }

    @Test
    void anIfMatchNamingAnythingElseIs412AndStarMatchesAnyVersion() {
        Fixture f = fixture();

        assertThat(f.api().with("If-Match", "\"something-else\"").put(f.path(), "<contact><title>X</title></contact>")
                .status()).isEqualTo(412);
        assertThat(f.api().with("If-Match", "W/\"contact-" + f.contact().id().value() + "-1\"")
                .put(f.path(), "<contact><title>X</title></contact>").status()).isEqualTo(412);
        assertThat(f.api().with("If-Match", "*").put(f.path(), "<contact><title>Star</title></contact>").status())
                .isEqualTo(200);
        assertThat(XPath.value(f.api().get(f.path()).body(), "/contact/title")).isEqualTo("Star");
    }

    @Test
    void anIfMatchListingTheCurrentTagAmongOthersSucceeds() {
        Fixture f = fixture();
        long id = f.contact().id().value();
        f.api().put(f.path(), "<contact><title>v2</title></contact>");

        Reply reply = f.api().with("If-Match", "\"contact-" + id + "-1\", \"contact-" + id + "-2\"")
                .put(f.path(), "<contact><title>v3</title></contact>");

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void clientsToggleAndDeleteHonourIfMatch() {
        Fixture f = fixture();
        String path = "/clients/" + f.client().id().value();
        String first = f.api().get(path).header("ETag").orElseThrow();
        assertThat(first).isEqualTo("\"client-" + f.client().id().value() + "-1\"");

        Reply toggled = f.api().with("If-Match", first).post(path + "/toggle", null);
        Reply staleToggle = f.api().with("If-Match", first).post(path + "/toggle", null);
        Reply staleUpdate = f.api().with("If-Match", first).put(path, "<client><name>Renamed</name></client>");

        assertThat(toggled.status()).isEqualTo(200);
        assertThat(toggled.header("ETag")).contains("\"client-" + f.client().id().value() + "-2\"");
        assertThat(staleToggle.status()).isEqualTo(412);
        assertThat(staleUpdate.status()).isEqualTo(412);
        assertThat(XPath.value(f.api().get(path).body(), "/client/active")).isEqualTo("false");
        assertThat(f.api().with("If-None-Match", toggled.header("ETag").orElseThrow()).get(path).status())
                .isEqualTo(304);
    }
}
