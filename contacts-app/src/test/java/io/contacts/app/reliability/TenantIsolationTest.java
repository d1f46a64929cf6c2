package io.contacts.app.reliability;

import io.contacts.app.ApiClient;
import io.contacts.app.Xml;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant isolation, route by route, on both stores: a user of one account naming another account's contacts and
 * clients — reading, writing, deleting, toggling, listing, conditionally or not, in XML and JSON — gets the same
 * 404 an id that does not exist gets, and the other account's data is exactly as before. Credentials of one
 * account never sign in to another.
 */
class TenantIsolationTest {

    /** First in, last out: it records from before the services start until after they stop. */
    @RegisterExtension
    @Order(1)
    static final SecretsInLogs LOGS = SecretsInLogs.atInfoLevel();

    @RegisterExtension
    @Order(2)
    static final ServicesPerStore SERVICES = new ServicesPerStore();

    /** One account's data the other tries to reach. */
    private record Holdings(Tenant tenant, long client, long contact, long otherClient) {

        static Holdings of(Tenant tenant) {
            ApiClient api = tenant.basic();
            long client = Service.createClient(api, "Acme of " + tenant.company());
            long contact = Service.createContact(api, client, "Jane");
            // A client without contacts, so that deleting it would succeed for its owner.
            long empty = Service.createClient(api, "Empty of " + tenant.company());
            return new Holdings(tenant, client, contact, empty);
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void noRouteLetsOneAccountReachAnothersData(Store store) {
        Service service = SERVICES.get(store);
        Holdings a = Holdings.of(service.newTenant("Alpha " + store));
        Holdings b = Holdings.of(service.newTenant("Bravo " + store));
        long unknown = Math.max(a.contact(), b.contact()) + 1_000_000;

        int requests = probe(a, b, unknown) + probe(b, a, unknown);

        Report.line("tenant isolation on %s: %d requests across accounts, each answered as for "
                + "an id that does not exist (404; 422 for another account's client in a body; 412 for a tag naming "
                + "another resource), neither account changed", store, requests);
    }

    /** {@code intruder} aims at every one of {@code victim}'s ids on every route; returns the requests sent. */
    private static int probe(Holdings intruder, Holdings victim, long unknown) {
        ApiClient owner = victim.tenant().basic();
        String before = Service.snapshot(owner);
        String contactTag = owner.get("/contacts/" + victim.contact()).headers().firstValue("ETag").orElseThrow();
        String clientTag = owner.get("/clients/" + victim.otherClient()).headers().firstValue("ETag").orElseThrow();
        long contact = victim.contact();
        long client = victim.client();
        long empty = victim.otherClient();
        int requests = 0;

        for (ApiClient as : List.of(intruder.tenant().basic(), intruder.tenant().bearer())) {
            for (String format : List.of(ApiClient.XML, ApiClient.JSON)) {
                String contactBody = VerbatimTextTest.body("contact", Map.of("first-name", "Mallory",
                        "client-id", Long.toString(intruder.client())), format);
                String clientBody = VerbatimTextTest.body("client", Map.of("name", "Mallory"), format);
                List<Probe> probes = new ArrayList<>(List.of(
                        new Probe("GET", "/contacts/%d", contact, null, null),
                        new Probe("HEAD", "/contacts/%d", contact, null, null),
                        new Probe("PUT", "/contacts/%d", contact, contactBody, null),
                        new Probe("PUT", "/contacts/%d", contact, contactBody, "\"contact-%d-1\""),
                        new Probe("PUT", "/contacts/%d", contact, contactBody, "\"contact-%d-99\""),
                        new Probe("PUT", "/contacts/%d", contact, contactBody, "\"contact-%d-1\", \"contact-%d-2\""),
                        new Probe("PUT", "/contacts/%d", contact, contactBody, "*"),
                        new Probe("DELETE", "/contacts/%d", contact, null, null),
                        new Probe("DELETE", "/contacts/%d", contact, null, "\"contact-%d-1\""),
                        new Probe("GET", "/clients/%d", client, null, null),
                        new Probe("HEAD", "/clients/%d", client, null, null),
                        new Probe("PUT", "/clients/%d", empty, clientBody, null),
                        new Probe("PUT", "/clients/%d", empty, clientBody, "\"client-%d-1\""),
                        new Probe("POST", "/clients/%d/toggle", empty, null, null),
                        new Probe("POST", "/clients/%d/toggle", empty, null, "\"client-%d-1\""),
                        new Probe("DELETE", "/clients/%d", empty, null, null),
                        new Probe("DELETE", "/clients/%d", empty, null, "*"),
                        new Probe("GET", "/clients/%d/contacts", client, null, null),
                        new Probe("GET", "/clients/%d/contacts?updated_since=2000-01-01", client, null, null)));
                for (Probe probe : probes) {
                    HttpResponse<String> theirs = probe.send(as, format, probe.id());
                    HttpResponse<String> nobodys = probe.send(as, format, unknown);
                    requests += 2;
                    assertThat(theirs.statusCode()).as(probe + " on another account's id").isEqualTo(404);
                    assertThat(nobodys.statusCode()).as(probe + " on an id that does not exist").isEqualTo(404);
                    if (!probe.method().equals("HEAD")) {
                        // Indistinguishable from an id that does not exist: the same message but for the number.
                        assertThat(withoutId(theirs, probe.id())).isEqualTo(withoutId(nobodys, unknown));
                    }
                }
                // A tag naming another resource is refused before anything is looked up: 412 for both alike.
                Probe foreign = new Probe("PUT", "/contacts/%d", contact, contactBody,
                        "\"contact-" + (unknown + 1) + "-1\"");
                HttpResponse<String> theirs = foreign.send(as, format, contact);
                HttpResponse<String> nobodys = foreign.send(as, format, unknown);
                requests += 2;
                assertThat(List.of(theirs.statusCode(), nobodys.statusCode())).containsExactly(412, 412);
                assertThat(theirs.body()).isEqualTo(nobodys.body());

                // Naming another account's client in a body is the documented 422 for a client that does not exist.
                String stolenClient = VerbatimTextTest.body("contact", Map.of("first-name", "Mallory",
                        "last-name", "M", "client-id", Long.toString(client)), format);
                HttpResponse<String> create = as.post("/contacts", stolenClient, format);
                HttpResponse<String> move = as.put("/contacts/" + intruder.contact(),
                        VerbatimTextTest.body("contact", Map.of("client-id", Long.toString(client)), format), format);
                requests += 2;
                for (HttpResponse<String> answer : List.of(create, move)) {
                    assertThat(answer.statusCode()).isEqualTo(422);
                    assertThat(Answers.messages(answer)).containsExactly("Client does not exist");
                }

                // Lists and account routes show the caller's own account only.
                HttpResponse<String> contacts = as.get("/contacts", ApiClient.XML);
                HttpResponse<String> clients = as.get("/clients", ApiClient.XML);
                HttpResponse<String> me = as.get("/account/who_am_i", ApiClient.XML);
                requests += 3;
                assertThat(Xml.count(contacts.body(), "/contacts/contact[id=" + contact + "]")).isZero();
                assertThat(Xml.count(contacts.body(), "/contacts/contact[client-id=" + client + "]")).isZero();
                assertThat(Xml.count(clients.body(), "/clients/client[id=" + client + " or id=" + empty + "]"))
                        .isZero();
                assertThat(Xml.text(me.body(), "/hash/company/id")).isEqualTo(
                        Long.toString(intruder.tenant().accountId()));
                assertThat(me.body()).doesNotContain(victim.tenant().email()).doesNotContain(victim.tenant().company());
            }
        }

        assertThat(Service.snapshot(owner)).as("the victim's data, byte for byte").isEqualTo(before);
        requests += credentialsStayInTheirAccount(intruder.tenant(), victim.tenant());
        return requests;
    }

    private static List<String> withoutId(HttpResponse<String> answer, long id) {
        return Answers.messages(answer).stream().map(message -> message.replaceAll("\\b" + id + "\\b", "ID")).toList();
    }

    /** Neither a password nor a token of one account signs in to the other, in any combination. */
    private static int credentialsStayInTheirAccount(Tenant mine, Tenant theirs) {
        int port = mine.port();
        List<ApiClient> refused = List.of(
                ApiClient.basic(port, theirs.email(), mine.password()),
                ApiClient.basic(port, theirs.email().toUpperCase(), mine.password()),
                ApiClient.basic(port, theirs.email(), mine.token()),
                ApiClient.basic(port, mine.email(), theirs.token()),
                ApiClient.basic(port, mine.email(), mine.token()),
                ApiClient.bearer(port, mine.password()),
                ApiClient.bearer(port, mine.token() + theirs.token()));
        for (ApiClient client : refused) {
            assertThat(client.get("/account/who_am_i").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> byToken = ApiClient.bearer(port, mine.token()).get("/account/who_am_i");
        HttpResponse<String> byQuery = ApiClient.anonymous(port).get("/account/who_am_i?access_token=" + mine.token());
        for (HttpResponse<String> answer : List.of(byToken, byQuery)) {
            assertThat(Xml.text(answer.body(), "/hash/company/id")).isEqualTo(Long.toString(mine.accountId()));
            assertThat(Xml.text(answer.body(), "/hash/user/email")).isEqualTo(mine.email());
        }
        return refused.size() + 2;
    }

    /**
     * One request on a route that names an id; {@code ifMatch}, when not null, is sent as a precondition with
     * each {@code %d} replaced by the id aimed at.
     */
    private record Probe(String method, String template, long id, String body, String ifMatch) {

        HttpResponse<String> send(ApiClient as, String format, long target) {
            ApiClient client = ifMatch == null ? as : as.withHeader("If-Match", ifMatch.replace("%d",
                    Long.toString(target)));
            byte[] bytes = body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return client.send(method, template.formatted(target), format, bytes);
        }

        @Override
        public String toString() {
            return method + " " + template + (ifMatch == null ? "" : " If-Match " + ifMatch);
        }
    }
}
