package io.contacts.http.undertow.v2;

import io.contacts.domain.model.Identity;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.port.in.WhoAmIQuery;
import io.contacts.http.undertow.web.Access;
import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.Router;

import java.io.IOException;

/** Driving adapter: who the caller is, as v2 tells it — the user ({@code /v2/users/me}) and the company. */
final class V2AccountRoutes {

    private final WhoAmIQuery whoAmI;

    V2AccountRoutes(WhoAmIQuery whoAmI) {
        this.whoAmI = whoAmI;
    }

    /** @param mount where v2 is served: {@code /v2}, or {@code /api/v2} */
    void register(Router<V2Json> router, String mount) {
        router.add("GET", mount + "/users/me", Access.COUNTED, this::me)
                .add("GET", mount + "/company", Access.COUNTED, this::company);
    }

    private void me(ApiExchange<V2Json> request) throws IOException {
        Identity identity = identity(request);
        request.send(200, out -> request.format().user(identity.user(), out));
    }

    private void company(ApiExchange<V2Json> request) throws IOException {
        Identity identity = identity(request);
        request.send(200, out -> request.format().company(identity.account(), out));
    }

    /** A user deleted while its token is still trusted (the cache's bound) is no longer anyone: v2's 401. */
    private Identity identity(ApiExchange<V2Json> request) {
        try {
            return whoAmI.whoAmI(request.caller());
        } catch (NotFoundException gone) {
            throw HarvestV2.unauthorized();
        }
    }
}
