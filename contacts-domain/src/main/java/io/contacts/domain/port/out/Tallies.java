package io.contacts.domain.port.out;

import io.contacts.domain.model.FixedWindows;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Driven port: events counted per key in fixed windows ({@link FixedWindows}), kept where every node of the
 * service can count — so that a limit counted here holds for the service, not once per node. A store shared by
 * several nodes keeps them there; a single node may keep them in memory. Times are epoch milliseconds on this
 * node's clock, whatever clock the store counts by.
 */
public interface Tallies {

    /** Tallies kept in this process's memory, by {@code clock}: all a service of one node needs. */
    static Tallies inMemory(Clock clock) {
        return new MemoryTallies(clock);
    }

    /**
     * Counts one event for the key, unless its open window already holds {@code max}; opens a window of
     * {@code length} when none is open. A shared store may admit it from a block of events counted ahead for this
     * node, so the window never holds more than {@code max}, but a node may refuse while another still holds some.
     */
    FixedWindows.Counted countBelow(String key, int max, Duration length);

    /** Counts one event for the key, however many its window holds, in the shared count itself. */
    FixedWindows.Window count(String key, Duration length);

    /** The key's latest window, open or ended. */
    Optional<FixedWindows.Window> last(String key);

    /** Forgets the key's count, as if it had never had an event. */
    void clear(String key);
}
