package io.contacts.persistence.jooq;

import io.contacts.domain.model.FixedWindows;

import java.time.Duration;

/**
 * Driven adapter helper: one key's events taken ahead from the shared count by this node, for the window they were
 * taken in, and spent here one at a time. Once the shared window has reached its most, the node refuses on its own
 * until the window ends, without asking again.
 */
final class Lease {

    private long endsAt;
    private int left;
    private int events;
    private long lastSpentAt;
    private boolean full;

    /**
     * Spends one event, first taking up to {@code size} more from {@code table} when none is left and the window is
     * not known to be full; says whether one was spent, and the window as this node sees it.
     */
    synchronized FixedWindows.Counted spend(TallyTable table, String key, int size, int most, Duration length,
                                            long now) {
        if (now >= endsAt) {
            left = 0;
            full = false;
        }
        if (left == 0 && !full) {
            TallyTable.Taken taken = table.take(key, Math.min(size, most), most, length);
            endsAt = now + taken.millisLeft();
            left = taken.granted();
            events = taken.events();
            full = events >= most;
        }
        boolean spent = left > 0;
        if (spent) {
            left--;
            lastSpentAt = now;
        }
        return new FixedWindows.Counted(window(), spent);
    }

    /** The window as this node sees it: the events taken by every node, less those taken here and not yet spent. */
    synchronized FixedWindows.Window window() {
        return new FixedWindows.Window(endsAt, events - left, lastSpentAt);
    }

    /** Events taken here and not yet spent, while the window they were taken in is open. */
    synchronized int unspentAt(long now) {
        return now < endsAt ? left : 0;
    }

    synchronized long lastSpentAt() {
        return lastSpentAt;
    }

    synchronized boolean endedBy(long now) {
        return endsAt <= now;
    }
}
