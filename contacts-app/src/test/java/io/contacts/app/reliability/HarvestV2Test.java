package io.contacts.app.reliability;

import io.contacts.app.ApiClient;
import io.contacts.app.Xml;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Harvest v2 on the real service and both stores: a contact's life through v2 seen by v1 too, a list walked to
 * its end by its links while rows are added and deleted underneath (each row there throughout seen exactly once),
 * and a token used with another account's id.
 */
class HarvestV2Test {

    @RegisterExtension
    static final ServicesPerStore SERVICES = new ServicesPerStore();

    @ParameterizedTest
    @EnumSource(Store.class)
    void aContactsLifeThroughV2IsTheSameDataInV1(Store store) {
        Tenant tenant = SERVICES.get(store).newTenant("Vee Two " + store);
        ApiClient v2 = tenant.v2();

        HttpResponse<String> client = v2.post("/v2/clients", "{\"name\":\"Stark\",\"currency\":\"EUR\"}",
                ApiClient.JSON);
        assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
        String clientId = Answers.jsonObject(client.body()).get("id").toString();
        HttpResponse<String> created = v2.post("/v2/contacts", "{\"client_id\":" + clientId
                + ",\"first_name\":\"Arya\"}", ApiClient.JSON);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Map<String, Object> contact = Answers.jsonObject(created.body());
        String id = contact.get("id").toString();
        assertThat(contact.get("last_name")).isNull();

        String v1 = tenant.basic().get("/contacts/" + id).body();
        assertThat(Xml.text(v1, "/contact/last-name/@nil")).isEqualTo("true");
        assertThat(Xml.text(v1, "/contact/client-id")).isEqualTo(clientId);

        HttpResponse<String> patched = v2.send("PATCH", "/v2/contacts/" + id, ApiClient.JSON,
                "{\"last_name\":\"Stark\",\"title\":\"Needle\"}".getBytes());
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(Xml.text(tenant.basic().get("/contacts/" + id).body(), "/contact/last-name")).isEqualTo("Stark");
        assertThat(v2.delete("/v2/clients/" + clientId).statusCode()).as("it still has a contact").isEqualTo(422);
        assertThat(v2.delete("/v2/contacts/" + id).statusCode()).isEqualTo(200);
        assertThat(tenant.basic().get("/contacts/" + id).statusCode()).isEqualTo(404);
        assertThat(v2.delete("/v2/clients/" + clientId).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aListWalkedByItsLinksSeesEveryRowOnceWhileItChanges(Store store) {
        Tenant tenant = SERVICES.get(store).newTenant("Pages " + store);
        ApiClient v1 = tenant.basic();
        long client = Service.createClient(v1, "Paged");
        List<Long> before = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            before.add(Service.createContact(v1, client, "Row" + i));
        }
        Set<Long> deleted = new HashSet<>();
        List<Long> seen = new ArrayList<>();
        String next = "/v2/contacts?per_page=7";
        while (next != null) {
            HttpResponse<String> page = tenant.v2().get(next);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            seen.addAll(ids(page.body()));
            Service.createContact(v1, client, "Newer");
            before.stream().filter(id -> !seen.contains(id) && !deleted.contains(id)).findFirst()
                    .ifPresent(id -> delete(tenant, id, deleted));
            seen.stream().filter(id -> !deleted.contains(id)).findFirst().ifPresent(id -> delete(tenant, id, deleted));
            next = nextLink(page.body());
        }

        assertThat(seen).doesNotHaveDuplicates().isSubsetOf(before);
        List<Long> stayed = new ArrayList<>(before);
        stayed.removeAll(deleted);
        assertThat(seen).containsAll(stayed);
        assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aTokenWithAnotherAccountsIdGetsTheV2ErrorAndNoData(Store store) {
        Service service = SERVICES.get(store);
        Tenant alpha = service.newTenant("Alpha v2 " + store);
        Tenant bravo = service.newTenant("Bravo v2 " + store);
        Service.createContact(bravo.basic(), Service.createClient(bravo.basic(), "Secret"), "Hidden");

        HttpResponse<String> crossed = alpha.bearer().withHeader("Harvest-Account-Id",
                Long.toString(bravo.accountId())).withHeader("User-Agent", "Intruder (x@example.com)")
                .get("/v2/contacts");

        assertThat(crossed.statusCode()).isEqualTo(401);
        assertThat(crossed.body()).contains("invalid_token").doesNotContain("Hidden");
        assertThat(bravo.v2().get("/v2/contacts").body()).contains("Hidden");
    }

    private static void delete(Tenant tenant, long id, Set<Long> deleted) {
        assertThat(tenant.v2().delete("/v2/contacts/" + id).statusCode()).isEqualTo(200);
        deleted.add(id);
    }

    private static List<Long> ids(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher contact = Pattern.compile("\\{\"id\":(\\d+),\"title\"").matcher(page);
        while (contact.find()) {
            ids.add(Long.parseLong(contact.group(1)));
        }
        return ids;
    }

    private static String nextLink(String page) {
        Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(page);
        if (!next.find()) {
            return null;
        }
        URI link = URI.create(next.group(1));
        return link.getRawPath() + "?" + link.getRawQuery();
    }
}
