package io.contacts.domain.port.out;

import io.contacts.domain.model.FixedWindows;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tallies of one process, in memory: the windows of each length in a {@link FixedWindows} of their own. */
final class MemoryTallies implements Tallies {

    private final Clock clock;
    private final Map<Duration, FixedWindows<String>> byLength = new ConcurrentHashMap<>();

    MemoryTallies(Clock clock) {
        this.clock = clock;
    }

    @Override
    public FixedWindows.Counted countBelow(String key, int max, Duration length) {
        return windows(length).countBelow(key, max, clock.millis());
    }

    @Override
    public FixedWindows.Window count(String key, Duration length) {
        return windows(length).count(key, clock.millis());
    }

    @Override
    public Optional<FixedWindows.Window> last(String key) {
        return byLength.values().stream().flatMap(windows -> windows.last(key).stream())
                .max((a, b) -> Long.compare(a.endsAt(), b.endsAt()));
    }

    @Override
    public void clear(String key) {
        byLength.values().forEach(windows -> windows.clear(key));
    }

    private FixedWindows<String> windows(Duration length) {
        return byLength.computeIfAbsent(length, FixedWindows::new);
    }
}
