package io.contacts.domain.model;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Policy mechanism: events counted per key in fixed windows — a key's window opens with its first event counted
 * and lasts the given length; a later event opens the next one. The brake on failed sign-ins counts this way, and
 * so may a transport's request throttle. Times are epoch milliseconds read by the caller from its clock.
 *
 * @param <K> what is counted for (a login, a user)
 */
public final class FixedWindows<K> {

    /** Past this many keys, windows that have ended are swept out before another is added. */
    private static final int SWEEP_ABOVE = 10_000;

    private final long lengthMillis;
    private final Map<K, Window> windows = new ConcurrentHashMap<>();

    public FixedWindows(Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a window must last: " + length);
        }
        this.lengthMillis = length.toMillis();
    }

    /** Counts one event for the key, unless its open window already holds {@code max}; says which. */
    public Counted countBelow(K key, int max, long now) {
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(window -> !window.isOpenAt(now));
        }
        boolean[] counted = {false};
        Window window = windows.compute(key, (k, current) -> {
            Window open = current == null ? new Window(now + lengthMillis, 0, 0)
                    : current.isOpenAt(now) ? current : new Window(now + lengthMillis, 0, current.lastCountedAt());
            counted[0] = open.count() < max;
            return counted[0] ? new Window(open.endsAt(), open.count() + 1, now) : open;
        });
        return new Counted(window, counted[0]);
    }

    /** Counts one event for the key, however many its window holds. */
    public Window count(K key, long now) {
        return countBelow(key, Integer.MAX_VALUE, now).window();
    }

    /** The key's window while it is open. */
    public Optional<Window> open(K key, long now) {
        return last(key).filter(window -> window.isOpenAt(now));
    }

    /** The key's latest window, open or ended: when its last event was counted outlives the window. */
    public Optional<Window> last(K key) {
        return Optional.ofNullable(windows.get(key));
    }

    /** Forgets the key's count, as if it had never had an event. */
    public void clear(K key) {
        windows.remove(key);
    }

    /**
     * One key's window.
     *
     * @param endsAt        when it ends, epoch milliseconds
     * @param count         the events counted in it
     * @param lastCountedAt when the key's last event was counted, in this window or an earlier one; 0 for never
     */
    public record Window(long endsAt, int count, long lastCountedAt) {

        public boolean isOpenAt(long now) {
            return endsAt > now;
        }

        /** Whole seconds until the window ends, rounded up so that a client waiting that long finds it ended. */
        public long secondsLeftAt(long now) {
            return Math.max(1, (endsAt - now + 999) / 1000);
        }
    }

    /** What {@link #countBelow} did: the key's window after it, and whether the event was counted. */
    public record Counted(Window window, boolean counted) {
    }
}
