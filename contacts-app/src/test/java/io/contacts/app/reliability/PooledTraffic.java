package io.contacts.app.reliability;

import io.contacts.app.ApiClient;
import io.contacts.app.Xml;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test helper: what users do to a service of several nodes on one database — each step on one node, the next on
 * another — with the checks that all nodes show one and the same data.
 */
final class PooledTraffic {

    /**
     * Enough contacts that their list streams (over 32 KiB) and reads through several fetches of the cursor (96, then
     * 500 at a time); a whole number of v2 pages.
     */
    static final int CONTACTS = 700;
    private static final int PER_PAGE = 100;
    private static final int WRITERS = 8;

    private PooledTraffic() {
    }

    /**
     * A client and one contact made, read, changed and deleted, in XML and JSON, every step on the other node than
     * the last; returns the client's id.
     */
    static long aContactsLifeAcrossNodes(List<ApiClient> nodes) {
        HttpResponse<String> client = nodes.get(0).post("/clients", "<client><name>Pooled Ltd</name></client>");
        assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
        long clientId = Long.parseLong(Xml.text(client.body(), "/client/id"));

        HttpResponse<String> created = nodes.get(0).post("/contacts", "<contact><client-id>" + clientId
                + "</client-id><first-name>Jane</first-name><last-name>Doe</last-name></contact>");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Xml.text(created.body(), "/contact/id");

        HttpResponse<String> read = nodes.get(1).get("/contacts/" + id, ApiClient.JSON);
        assertThat(Answers.jsonEntity(read.body(), "contact")).containsEntry("first_name", "Jane");
        HttpResponse<String> updated = nodes.get(1).put("/contacts/" + id,
                "{\"contact\":{\"email\":\"jane@pooled.example\"}}", ApiClient.JSON);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        String after = nodes.get(0).get("/contacts/" + id).body();
        assertThat(Xml.text(after, "/contact/email")).isEqualTo("jane@pooled.example");
        assertThat(Xml.text(after, "/contact/last-name")).isEqualTo("Doe");

        assertThat(nodes.get(0).delete("/contacts/" + id).statusCode()).isEqualTo(200);
        assertThat(nodes.get(1).get("/contacts/" + id).statusCode()).isEqualTo(404);
        return clientId;
    }

    /** {@code count} contacts of {@code client} posted by several writers at once, in turn to each node and format. */
    static void createContacts(List<ApiClient> nodes, long client, int count) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ApiClient node = nodes.get(i % nodes.size());
                String name = "Contact " + i;
                boolean json = i % 4 < 2;
                statuses.add(writers.submit(() -> (json
                        ? node.post("/contacts", "{\"contact\":{\"client_id\":" + client + ",\"first_name\":\"" + name
                                + "\",\"last_name\":\"Pooled\"}}", ApiClient.JSON)
                        : node.post("/contacts", "<contact><client-id>" + client + "</client-id><first-name>" + name
                                + "</first-name><last-name>Pooled</last-name></contact>")).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    /**
     * The client's contacts — all the account has — as one node streams them in XML, as the other lists them in
     * JSON, and as v2 pages them, numbered and by cursor: the same {@link #CONTACTS} every way.
     */
    static void listsAndPagesAgree(List<ApiClient> nodes, String token, long client) {
        HttpResponse<String> streamed = nodes.get(0).get("/contacts");
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.body().length()).as("long enough to stream").isGreaterThan(32 * 1024);
        List<Long> ids = Xml.texts(streamed.body(), "/contacts/contact/id").stream().map(Long::valueOf).toList();
        assertThat(ids).hasSize(CONTACTS).isSorted().doesNotHaveDuplicates();
        assertThat(Answers.jsonArrayOfObjects(nodes.get(1).get("/clients/" + client + "/contacts", ApiClient.JSON)
                .body())).hasSize(CONTACTS);

        Map<String, Object> company = Answers.jsonEntity(nodes.get(1).get("/account/who_am_i", ApiClient.JSON)
                .body(), "company");
        ApiClient v2 = ApiClient.bearer(nodes.get(1).uri("/").getPort(), token)
                .withHeader("Harvest-Account-Id", company.get("id").toString())
                .withHeader("User-Agent", "Contacts end-to-end tests (tests@example.com)");
        Map<String, Object> first = page(v2, "/v2/contacts?per_page=" + PER_PAGE);
        assertThat(first).containsEntry("total_entries", Integer.toString(CONTACTS))
                .containsEntry("total_pages", Integer.toString(CONTACTS / PER_PAGE));
        String next = ((Map<?, ?>) first.get("links")).get("next").toString();
        Map<String, Object> second = page(v2, next.substring(next.indexOf("/v2/")));
        Map<String, Object> last = page(v2, "/v2/contacts?per_page=" + PER_PAGE + "&page=" + CONTACTS / PER_PAGE);
        Set<Object> seen = new HashSet<>();
        for (Map<String, Object> page : List.of(first, second, last)) {
            List<?> contacts = (List<?>) page.get("contacts");
            assertThat(contacts).hasSize(PER_PAGE);
            contacts.forEach(contact -> assertThat(seen.add(((Map<?, ?>) contact).get("id"))).isTrue());
        }
        assertThat(seen).as("newest first: the last page ends with the oldest").contains(ids.get(0).toString());
    }

    private static Map<String, Object> page(ApiClient v2, String path) {
        HttpResponse<String> page = v2.get(path, ApiClient.JSON);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Answers.jsonObject(page.body());
    }
}
