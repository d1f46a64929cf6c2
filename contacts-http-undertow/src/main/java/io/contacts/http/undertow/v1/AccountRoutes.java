package io.contacts.http.undertow.v1;

import io.contacts.domain.model.Identity;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.port.in.WhoAmIQuery;
import io.contacts.http.undertow.security.RateLimitStatus;
import io.contacts.http.undertow.security.RateLimiter;
import io.contacts.http.undertow.v1.representation.Representation;
import io.contacts.http.undertow.web.Access;
import io.contacts.http.undertow.web.ApiExchange;
import io.contacts.http.undertow.web.HttpProblem;
import io.contacts.http.undertow.web.Router;

import java.io.IOException;

/** Driving adapter: the account routes — who the caller is, and where it stands with the rate limit. */
public final class AccountRoutes {

    private final WhoAmIQuery whoAmI;
    private final RateLimiter rateLimiter;

    public AccountRoutes(WhoAmIQuery whoAmI, RateLimiter rateLimiter) {
        this.whoAmI = whoAmI;
        this.rateLimiter = rateLimiter;
    }

    public void register(Router<Representation> router) {
        router.add("GET", "/account/who_am_i", Access.COUNTED, this::whoAmI)
                // Asking how many calls are left must not use one up, nor be refused.
                .add("GET", "/account/rate_limit_status", Access.UNCOUNTED, this::rateLimitStatus);
    }

    private void whoAmI(ApiExchange<Representation> request) throws IOException {
        Identity identity;
        try {
            identity = whoAmI.whoAmI(request.caller());
        } catch (NotFoundException gone) {
            // A user deleted while its credential is still trusted (the cache's bound) is no longer anyone.
            throw HttpProblem.unauthorized();
        }
        request.send(200, out -> request.format().identity(identity, out));
    }

    private void rateLimitStatus(ApiExchange<Representation> request) throws IOException {
        RateLimitStatus status = rateLimiter.status(request.caller().userId());
        request.send(200, out -> request.format().rateLimitStatus(status, out));
    }
}
