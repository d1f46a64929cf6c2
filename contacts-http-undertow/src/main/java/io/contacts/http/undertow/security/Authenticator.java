package io.contacts.http.undertow.security;

import io.contacts.domain.model.Caller;
import io.contacts.domain.model.SignInsBrakedException;
import io.contacts.domain.port.in.AuthenticateUseCase;
import io.contacts.domain.port.in.Credential;

import io.contacts.http.undertow.web.HttpProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Driving adapter guard: turns what a request presents — {@code Authorization: Basic} (e-mail and password, as
 * Harvest v1), {@code Authorization: Bearer} or {@code ?access_token=} (a personal access token) — into the
 * caller, or a 401 that never says which part was wrong. The sign-in policy — trusting a credential verified
 * lately, braking a login's failed passwords — is the use case's; a braked login gets the throttle's status
 * (503 or 429) with {@code Retry-After}.
 */
public final class Authenticator {

    /** Real tokens are far shorter; longer ones are refused without a lookup. */
    private static final int MAX_TOKEN_CHARS = 512;

    private final AuthenticateUseCase authenticate;
    private final int brakedStatus;

    /** @param brakedStatus the status a braked login's sign-in gets: 503 as Harvest v1 answered, or 429 */
    public Authenticator(AuthenticateUseCase authenticate, int brakedStatus) {
        this.authenticate = authenticate;
        this.brakedStatus = brakedStatus;
    }

    /**
     * @param authorization every {@code Authorization} header sent (more than one is refused)
     * @param queryToken    the {@code access_token} parameter, used only without an Authorization header
     */
    public Caller authenticate(List<String> authorization, Optional<String> queryToken) {
        Credential credential = credential(authorization, queryToken).orElseThrow(HttpProblem::unauthorized);
        try {
            return authenticate.authenticate(credential).orElseThrow(HttpProblem::unauthorized);
        } catch (SignInsBrakedException braked) {
            throw HttpProblem.signInsBraked(brakedStatus, braked.retryAfterSeconds());
        }
    }

    private static Optional<Credential> credential(List<String> authorization, Optional<String> queryToken) {
        if (authorization.size() > 1) {
            return Optional.empty();
        }
        if (authorization.isEmpty()) {
            return queryToken.flatMap(Authenticator::token);
        }
        String header = authorization.get(0).strip();
        int space = header.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = header.substring(0, space).toLowerCase(Locale.ROOT);
        String value = header.substring(space + 1).strip();
        switch (scheme) {
            case "basic":
                return basic(value);
            case "bearer":
                return token(value);
            default:
                return Optional.empty();
        }
    }

    /** Decoded with Rails' leniency (see {@link RubyBase64}); still nothing but {@code login:password} signs in. */
    private static Optional<Credential> basic(String encoded) {
        String pair = new String(RubyBase64.decode(encoded), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon <= 0 || colon == pair.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Credential.Password(pair.substring(0, colon), pair.substring(colon + 1)));
    }

    private static Optional<Credential> token(String token) {
        String value = token.strip();
        if (value.isEmpty() || value.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        return Optional.of(new Credential.Token(value));
    }
}
