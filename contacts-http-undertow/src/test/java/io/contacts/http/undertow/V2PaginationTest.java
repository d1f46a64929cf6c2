package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * v2's lists: newest first, pages of {@code per_page}, links to follow — by cursor, which neither skips nor repeats
 * an entry while others are added and deleted — and the counts and page numbers v2 fills in.
 */
class V2PaginationTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    @Test
    void theFirstPageCountsEverythingAndLinksOnByCursor() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Fixtures.contact(domain, user, client.id()).id().value());
        }

        Object first = Json.parse(server.v2(user).get("/v2/contacts?per_page=2").body());

        assertThat(Json.at(first, "contacts", 0, "id")).isEqualTo(ids.get(4));
        assertThat(Json.at(first, "contacts", 1, "id")).isEqualTo(ids.get(3));
        assertThat(Json.at(first, "per_page")).isEqualTo(2L);
        assertThat(Json.at(first, "total_entries")).isEqualTo(5L);
        assertThat(Json.at(first, "total_pages")).isEqualTo(3L);
        assertThat(Json.at(first, "page")).isEqualTo(1L);
        assertThat(Json.at(first, "next_page")).isEqualTo(2L);
        assertThat(Json.at(first, "previous_page")).isNull();
        String origin = "http://127.0.0.1:" + server.port();
        assertThat(Json.at(first, "links", "first")).isEqualTo(origin + "/v2/contacts?page=1&per_page=2&ref=first");
        assertThat(Json.at(first, "links", "last")).isEqualTo(origin + "/v2/contacts?page=3&per_page=2&ref=last");
        assertThat(Json.at(first, "links", "previous")).isNull();
        assertThat((String) Json.at(first, "links", "next")).startsWith(origin + "/v2/contacts?cursor=")
                .endsWith("&per_page=2&ref=next_cursor");

        Object third = Json.parse(server.v2(user).get("/v2/contacts?page=3&per_page=2").body());
        assertThat(Json.at(third, "contacts", 0, "id")).isEqualTo(ids.get(0));
        assertThat(Json.at(third, "page")).isEqualTo(3L);
        assertThat(Json.at(third, "next_page")).isNull();
        assertThat(Json.at(third, "previous_page")).isEqualTo(2L);
        assertThat(Json.at(third, "links", "next")).isNull();
        assertThat(Json.at(third, "links", "previous"))
                .isEqualTo(origin + "/v2/contacts?page=2&per_page=2&ref=previous");
    }

    @Test
    void followingTheNextLinksSeesEveryEntryOnceWhileTheListChanges() {
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        List<Long> before = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            before.add(Fixtures.contact(domain, user, client.id()).id().value());
        }
        Set<Long> deleted = new HashSet<>();
        List<Long> seen = new ArrayList<>();
        String next = "/v2/contacts?per_page=4";
        while (next != null) {
            Object page = Json.parse(server.v2(user).get(next).body());
            assertThat(Json.at(page, "total_entries")).as("as counted when the walk began").isEqualTo(23L);
            for (Object contact : (List<?>) Json.at(page, "contacts")) {
                seen.add((Long) ((Map<?, ?>) contact).get("id"));
            }
            // Underneath: a newer contact, the oldest not yet seen deleted, and one already seen deleted.
            Fixtures.contact(domain, user, client.id());
            before.stream().filter(id -> !seen.contains(id) && !deleted.contains(id)).findFirst()
                    .ifPresent(id -> delete(user, id, deleted));
            seen.stream().filter(id -> !deleted.contains(id)).findFirst().ifPresent(id -> delete(user, id, deleted));
            String link = (String) Json.at(page, "links", "next");
            next = link == null ? null : URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
        }

        assertThat(seen).doesNotHaveDuplicates();
        List<Long> stayed = new ArrayList<>(before);
        stayed.removeAll(deleted);
        assertThat(seen).containsAll(stayed);
        assertThat(seen).isSubsetOf(before);
    }

    private static void delete(TestUser user, long id, Set<Long> deleted) {
        assertThat(server.v2(user).delete("/v2/contacts/" + id).status()).isEqualTo(200);
        deleted.add(id);
    }

    @Test
    void filtersNarrowTheListAndTravelInItsLinks() {
        TestUser user = domain.newUser();
        Client one = Fixtures.client(domain, user);
        Client other = Fixtures.client(domain, user);
        Contact mine = Fixtures.contact(domain, user, one.id());
        Fixtures.contact(domain, user, other.id());
        Fixtures.contact(domain, user, one.id());

        Object page = Json.parse(server.v2(user).get("/v2/contacts?client_id=" + one.id().value()
                + "&updated_since=2008-04-09T12:07:56Z&per_page=1").body());

        assertThat(Json.at(page, "total_entries")).isEqualTo(2L);
        assertThat((String) Json.at(page, "links", "next")).contains("client_id=" + one.id().value()
                + "&updated_since=2008-04-09T12%3A07%3A56Z&cursor=");
        Object unknown = Json.parse(server.v2(user).get("/v2/contacts?client_id=999999999").body());
        assertThat(Json.at(unknown, "total_entries")).isEqualTo(0L);
        assertThat(Json.at(unknown, "contacts")).isEqualTo(List.of());
        assertThat(Json.at(Json.parse(server.v2(user).get("/v2/contacts?page=2&per_page=2").body()),
                "contacts", 0, "id")).isEqualTo(mine.id().value());

        server.v2(user).patch("/v2/clients/" + other.id().value(), "{\"is_active\":false}");
        Object active = Json.parse(server.v2(user).get("/v2/clients?is_active=true").body());
        assertThat(Json.at(active, "total_entries")).isEqualTo(1L);
        assertThat(Json.at(active, "clients", 0, "id")).isEqualTo(one.id().value());
    }

    private static String cursor(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void badPagingParametersAre422() {
        Api v2 = server.v2(domain.newUser());

        for (String query : List.of("per_page=2001", "per_page=0", "per_page=x", "page=0", "page=-1",
                "cursor=bm9wZQ", "cursor=" + "A".repeat(200), "client_id=abc", "client_id=0",
                "cursor=" + cursor("{\"after\":{\"id\":5},\"total\":-1}"),
                "cursor=" + cursor("{\"after\":{\"id\":0}}"), "cursor=" + cursor("{\"after\":{\"id\":5}} x"))) {
            assertThat(v2.get("/v2/contacts?" + query).status()).as(query).isEqualTo(422);
        }
        assertThat(v2.get("/v2/contacts?cursor=eyJhZnRlciI6eyJpZCI6MzAwN319").status())
                .as("Harvest's own cursor, {\"after\":{\"id\":3007}}").isEqualTo(200);
        assertThat(v2.get("/v2/clients?is_active=maybe").status()).isEqualTo(422);
        assertThat(Json.at(Json.parse(v2.get("/v2/contacts?per_page=2000").body()), "per_page")).isEqualTo(2000L);
    }
}
