package io.contacts.http.undertow.security;

import io.contacts.http.undertow.RateLimit;
import io.contacts.http.undertow.web.HttpProblem;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Driving adapter guard: a brake on guessing passwords. Failed HTTP Basic sign-ins are counted per login (the
 * e-mail as sent, case ignored, whether or not such a user exists) in a fixed window that opens with the first
 * failure; once the limit is reached, every further password sign-in for that login is refused — 503 (or 429)
 * with {@code Retry-After} — without running the slow hash, until the window ends. A success clears the count.
 * Tokens, and a credential the cache verified recently, are never braked: a user's running clients keep working
 * while someone guesses at the password.
 */
public final class SignInBrake {

    /** Past this many logins, windows that have ended are swept out before another is added. */
    private static final int SWEEP_ABOVE = 10_000;
    /** No login is longer; longer text is cut so that a huge header cannot make a huge key. */
    private static final int MAX_LOGIN_CHARS = 320;

    private final RateLimit limit;
    private final Clock clock;
    private final long windowMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** @param limit the failures allowed per login and window; off, nothing is counted or refused */
    public SignInBrake(RateLimit limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
        this.windowMillis = limit.window().toMillis();
    }

    /** Refuses a sign-in for a login that has used up its failures; returns quietly otherwise. */
    public void check(String login) {
        if (!limit.enabled()) {
            return;
        }
        long now = clock.millis();
        Window window = windows.get(key(login));
        if (window != null && window.endsAt(windowMillis) > now && window.failures() >= limit.maxCalls()) {
            long millis = window.endsAt(windowMillis) - now;
            throw HttpProblem.signInsBraked(limit.throttledStatus(), Math.max(1, (millis + 999) / 1000));
        }
    }

    public void failed(String login) {
        if (!limit.enabled()) {
            return;
        }
        long now = clock.millis();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(window -> window.endsAt(windowMillis) <= now);
        }
        windows.compute(key(login), (key, current) -> current == null || current.endsAt(windowMillis) <= now
                ? new Window(now, 1) : new Window(current.start(), current.failures() + 1));
    }

    public void succeeded(String login) {
        if (limit.enabled()) {
            windows.remove(key(login));
        }
    }

    private static String key(String login) {
        String key = login.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_LOGIN_CHARS ? key.substring(0, MAX_LOGIN_CHARS) : key;
    }

    /** One login's current window: when its first failure was, and how many there were since. */
    private record Window(long start, int failures) {
        long endsAt(long length) {
            return start + length;
        }
    }
}
