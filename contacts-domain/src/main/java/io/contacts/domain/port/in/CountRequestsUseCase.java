package io.contacts.domain.port.in;

import io.contacts.domain.model.FixedWindows;
import io.contacts.domain.model.UserId;

import java.time.Duration;
import java.util.Optional;

/**
 * Use case: a user's requests counted against a limit per fixed window — one count for the whole service, however
 * many nodes and transports serve the user; the transport decides the limit and what a refusal looks like.
 */
public interface CountRequestsUseCase {

    /** Counts one request of the user, unless its open window already holds {@code max}; says which. */
    FixedWindows.Counted countBelow(UserId user, int max, Duration window);

    /** The user's latest window, open or ended. */
    Optional<FixedWindows.Window> last(UserId user);
}
