package io.contacts.http.undertow.v2;

import io.contacts.domain.port.in.UseCases;
import io.contacts.http.undertow.security.Authenticator;
import io.contacts.http.undertow.web.ApiHandler;
import io.contacts.http.undertow.web.BodyLimits;
import io.contacts.http.undertow.web.ListBudget;
import io.contacts.http.undertow.web.Router;
import io.contacts.http.undertow.web.StreamBudget;
import io.contacts.http.undertow.web.Throttle;
import io.undertow.server.HttpHandler;

/**
 * Driving adapter: the Harvest v2 API ({@code /v2/…}) as one handler, on the same use cases, credentials, rate
 * limit, body limits and budgets as v1 — the only type of this package the server sees.
 */
public final class HarvestV2Api {

    private HarvestV2Api() {
    }

    public static HttpHandler handler(UseCases useCases, Authenticator authenticator, Throttle throttle,
                                      BodyLimits bodies, ListBudget lists, StreamBudget streams) {
        Router<V2Json> router = new Router<>();
        new V2ContactRoutes(useCases).register(router);
        new V2ClientRoutes(useCases).register(router);
        new V2AccountRoutes(useCases.whoAmI()).register(router);
        V2Json json = new V2Json(bodies.maxBytes());
        return new ApiHandler<>(router, new HarvestV2(json, authenticator), throttle, bodies, lists, streams);
    }
}
