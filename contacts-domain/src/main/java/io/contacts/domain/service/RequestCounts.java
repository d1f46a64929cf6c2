package io.contacts.domain.service;

import io.contacts.domain.model.FixedWindows;
import io.contacts.domain.model.UserId;
import io.contacts.domain.port.in.CountRequestsUseCase;
import io.contacts.domain.port.out.Tallies;

import java.time.Duration;
import java.util.Optional;

/** Use case: each user's requests counted in {@link Tallies}, under a key of their own beside the sign-in brake's. */
final class RequestCounts implements CountRequestsUseCase {

    private static final String PREFIX = "requests:";

    private final Tallies tallies;

    RequestCounts(Tallies tallies) {
        this.tallies = tallies;
    }

    @Override
    public FixedWindows.Counted countBelow(UserId user, int max, Duration window) {
        return tallies.countBelow(key(user), max, window);
    }

    @Override
    public Optional<FixedWindows.Window> last(UserId user) {
        return tallies.last(key(user));
    }

    private static String key(UserId user) {
        return PREFIX + user.value();
    }
}
