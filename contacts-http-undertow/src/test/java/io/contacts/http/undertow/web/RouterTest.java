package io.contacts.http.undertow.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One trailing slash is ignored, empty segments are kept: a path with a second one is no resource. */
class RouterTest {

    private final Router<WireFormat> router = new Router<>()
            .add("GET", "/contacts", Access.COUNTED, request -> { })
            .add("POST", "/contacts", Access.COUNTED, request -> { })
            .add("GET", "/contacts/{contact_id}", Access.COUNTED, request -> { })
            .add("GET", "/clients/{client_id}/contacts", Access.COUNTED, request -> { });

    @Test
    void oneTrailingSlashIsIgnored() {
        Map<String, String> found = Map.of("/contacts", "/contacts", "/contacts/", "/contacts",
                "/contacts/12", "/contacts/{contact_id}", "/contacts/12/", "/contacts/{contact_id}",
                "/clients/3/contacts", "/clients/{client_id}/contacts", "/clients/3/contacts/", "/clients/{client_id}/contacts");
        found.forEach((path, template) -> assertThat(router.match("GET", path).route().map(Route::template))
                .as(path).contains(template));
        assertThat(router.match("GET", "/contacts/12/").ids()).containsExactly(12L);
    }

    @Test
    void emptySegmentsAreKept() {
        for (String path : List.of("/", "", "//contacts", "/contacts//", "/contacts/12//", "/contacts//12",
                "/clients//contacts", "/clients/3//contacts", "/clients/3/contacts//", "/%2F/contacts", "x/y")) {
            RouteMatch<WireFormat> match = router.match("GET", path);
            assertThat(match.route()).as(path).isEmpty();
            assertThat(match.template()).as(path).isEmpty();
        }
    }

    @Test
    void aKnownPathWithAnotherMethodListsTheAllowedOnesInTheOrderTheyWereAdded() {
        RouteMatch<WireFormat> match = router.match("DELETE", "/contacts/");

        assertThat(match.route()).isEmpty();
        assertThat(match.template()).contains("/contacts");
        assertThat(match.allow()).isEqualTo("GET, HEAD, POST");
    }
}
