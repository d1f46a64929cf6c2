package io.contacts.domain.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixed windows per key: opened by the first event, full at the limit, ended after their length, keys apart. */
class FixedWindowsTest {

    private static final long T0 = 1_700_000_000_000L;

    private final FixedWindows<String> windows = new FixedWindows<>(Duration.ofSeconds(15));

    @Test
    void aFullWindowRefusesWithoutCountingUntilItEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(windows.countBelow("ada", 3, T0 + i * 1_000).counted()).isTrue();
        }

        FixedWindows.Counted refused = windows.countBelow("ada", 3, T0 + 5_000);

        assertThat(refused.counted()).isFalse();
        assertThat(refused.window().count()).isEqualTo(3);
        assertThat(refused.window().secondsLeftAt(T0 + 5_000)).isEqualTo(10);
        assertThat(refused.window().secondsLeftAt(T0 + 14_001)).as("rounded up").isEqualTo(1);
        assertThat(windows.countBelow("grace", 3, T0 + 5_000).counted()).as("another key").isTrue();
        assertThat(windows.countBelow("ada", 3, T0 + 15_000).window().count()).as("the next window").isEqualTo(1);
    }

    @Test
    void theLastCountOutlivesItsWindowAndClearingForgetsIt() {
        windows.count("ada", T0);
        windows.count("ada", T0 + 2_000);

        assertThat(windows.open("ada", T0 + 15_000)).isEmpty();
        assertThat(windows.last("ada")).hasValueSatisfying(window -> {
            assertThat(window.count()).isEqualTo(2);
            assertThat(window.lastCountedAt()).isEqualTo(T0 + 2_000);
        });
        windows.clear("ada");
        assertThat(windows.last("ada")).isEmpty();
    }
}
