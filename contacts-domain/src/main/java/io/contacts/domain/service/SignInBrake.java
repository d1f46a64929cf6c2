package io.contacts.domain.service;

import io.contacts.domain.model.FixedWindows;
import io.contacts.domain.model.SignInsBrakedException;
import io.contacts.domain.port.in.SignInPolicy;
import io.contacts.domain.port.out.Tallies;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Policy: the brake on guessing passwords. Failed password sign-ins are counted per login (the e-mail as sent,
 * case and surrounding space ignored, whether or not such a user exists) in a fixed window that opens with the
 * first failure; once the policy's limit is reached, every further password sign-in for that login is refused
 * without running the slow hash, until the window ends. A success clears the count. Counted in {@link Tallies}, so
 * that the brake holds for every node that shares them: guesses spread over nodes add up.
 */
final class SignInBrake {

    /** No login is longer; longer text is cut so that a huge header cannot make a huge key. */
    private static final int MAX_LOGIN_CHARS = 320;
    private static final String PREFIX = "signin:";

    private final SignInPolicy policy;
    private final Clock clock;
    private final Tallies failures;

    SignInBrake(SignInPolicy policy, Clock clock, Tallies failures) {
        this.policy = policy;
        this.clock = clock;
        this.failures = failures;
    }

    /** Refuses a sign-in for a login that has used up its failures; returns quietly otherwise. */
    void check(String login) {
        if (!policy.brakeOn()) {
            return;
        }
        long now = clock.millis();
        Optional<FixedWindows.Window> window = failures.last(key(login)).filter(open -> open.isOpenAt(now));
        if (window.isPresent() && window.get().count() >= policy.maxFailures()) {
            throw new SignInsBrakedException(window.get().secondsLeftAt(now));
        }
    }

    void failed(String login) {
        if (policy.brakeOn()) {
            failures.count(key(login), policy.failureWindow());
        }
    }

    void succeeded(String login) {
        if (policy.brakeOn()) {
            failures.clear(key(login));
        }
    }

    private static String key(String login) {
        String key = login.strip().toLowerCase(Locale.ROOT);
        return PREFIX + (key.length() > MAX_LOGIN_CHARS ? key.substring(0, MAX_LOGIN_CHARS) : key);
    }
}
