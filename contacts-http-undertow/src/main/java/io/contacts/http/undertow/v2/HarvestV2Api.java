package io.contacts.http.undertow.v2;

import io.contacts.domain.port.in.UseCases;
import io.contacts.http.undertow.security.Authenticator;
import io.contacts.http.undertow.web.ApiHandler;
import io.contacts.http.undertow.web.Budgets;
import io.contacts.http.undertow.web.Router;
import io.contacts.http.undertow.web.Throttle;
import io.undertow.server.HttpHandler;

import java.util.List;

/**
 * Driving adapter: the Harvest v2 API ({@code /v2/…}) as one handler, on the same use cases, credentials, rate
 * limit, body limits and budgets as v1 — the only type of this package the server sees.
 */
public final class HarvestV2Api {

    /**
     * Where v2 is served: {@code /v2}, as Harvest documents it, and {@code /api/v2}, which Harvest serves too (its
     * {@code Location} headers name it) and some client libraries call.
     */
    public static final List<String> MOUNTS = List.of("/v2", "/api/v2");

    private HarvestV2Api() {
    }

    public static HttpHandler handler(UseCases useCases, Authenticator authenticator, Throttle throttle,
                                      Budgets budgets) {
        Router<V2Json> router = new Router<>();
        for (String mount : MOUNTS) {
            new V2ContactRoutes(useCases).register(router, mount);
            new V2ClientRoutes(useCases).register(router, mount);
            new V2AccountRoutes(useCases.whoAmI()).register(router, mount);
        }
        V2Json json = new V2Json(budgets.documents().maxBytes());
        return new ApiHandler<>(router, new HarvestV2(json, authenticator), throttle, budgets);
    }
}
