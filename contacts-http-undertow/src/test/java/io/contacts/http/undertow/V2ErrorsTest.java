package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every v2 route against every refusal that applies to it, each answered with v2's status and body, and nothing
 * changed: no credentials, another account's or an unknown id, a body of the wrong type, too large, malformed or
 * invalid, a stale {@code If-Match}.
 */
class V2ErrorsTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    private record Route(String method, String path, String body) {
        boolean writes() {
            return body != null;
        }

        boolean named() {
            return path.matches(".*/\\d+$");
        }
    }

    private static List<Route> routes(long contact, long client) {
        return List.of(new Route("GET", "/v2/contacts", null),
                new Route("POST", "/v2/contacts", "{\"client_id\":" + client + ",\"first_name\":\"A\"}"),
                new Route("GET", "/v2/contacts/" + contact, null),
                new Route("PATCH", "/v2/contacts/" + contact, "{\"title\":\"B\"}"),
                new Route("DELETE", "/v2/contacts/" + contact, null),
                new Route("GET", "/v2/clients", null),
                new Route("POST", "/v2/clients", "{\"name\":\"C\"}"),
                new Route("GET", "/v2/clients/" + client, null),
                new Route("PATCH", "/v2/clients/" + client, "{\"name\":\"D\"}"),
                new Route("DELETE", "/v2/clients/" + client, null),
                new Route("GET", "/v2/users/me", null),
                new Route("GET", "/v2/company", null));
    }

    @Test
    void everyRouteRefusesWhatItMustInV2sWordsAndChangesNothing() {
        TestUser owner = domain.newUser();
        TestUser stranger = domain.newUser();
        Client client = Fixtures.client(domain, owner);
        Contact contact = Fixtures.contact(domain, owner, client.id());
        Api v2 = server.v2(owner);
        String before = snapshot(v2);
        String staleTag = "\"contact-" + contact.id().value() + "-0\"";
        int checked = 0;

        for (Route route : routes(contact.id().value(), client.id().value())) {
            checked += expect(server.v2(owner).without("Authorization"), route, route.body(), 401,
                    "{\"error\":\"invalid_token\"");
            if (route.named()) {
                checked += expect(server.v2(stranger), route, route.body(), 404,
                        "{\"status\":404,\"error\":\"Not Found\"}");
                checked += expect(v2, new Route(route.method(), route.path() + "0000", route.body()), route.body(), 404,
                        "{\"status\":404");
                if (!route.method().equals("GET")) {
                    checked += expect(v2.with("If-Match", staleTag.replace("contact", route.path().contains("clients")
                            ? "client" : "contact")), route, route.body(), 412, "{\"message\":");
                }
            }
            if (route.writes()) {
                checked += expect(v2.with("Content-Type", "text/plain"), route, route.body(), 415, "{\"message\":");
                checked += expect(v2, route, "{\"name\":", 400, "{\"message\":");
                checked += expect(v2, route, "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}", 413,
                        "{\"message\":");
                checked += expect(v2, route, route.path().contains("contacts") ? "{\"first_name\":\"\"}"
                        : "{\"name\":\"\"}", 422, "{\"message\":\"");
            }
        }

        // 12 routes x 401, 6 that name one x 2 x 404, the 4 writes to one x 412, the 4 with a body x 4.
        assertThat(checked).isEqualTo(44);
        assertThat(snapshot(v2)).as("nothing changed").isEqualTo(before);
    }

    private static int expect(Api api, Route route, String body, int status, String start) {
        Reply reply = api.send(route.method(), route.path(), body);
        assertThat(reply.status()).as(route + " " + status).isEqualTo(status);
        assertThat(reply.contentType()).as(route + " " + status).startsWith("application/json");
        assertThat(reply.body()).as(route + " " + status).startsWith(start);
        return 1;
    }

    private static String snapshot(Api v2) {
        return v2.get("/v2/contacts").body() + v2.get("/v2/clients").body();
    }
}
