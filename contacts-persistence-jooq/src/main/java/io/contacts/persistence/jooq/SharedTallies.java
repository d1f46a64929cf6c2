package io.contacts.persistence.jooq;

import io.contacts.domain.model.FixedWindows;
import io.contacts.domain.model.StorageUnavailableException;
import io.contacts.domain.port.out.Tallies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Driven adapter: tallies that every node on one PostgreSQL database counts together ({@link TallyTable}). A limit's
 * events are taken from the shared count in leases of {@code leaseSize} and spent by the node that took them
 * ({@link Lease}), so a request costs a round trip only once per lease; a window never admits more than its most,
 * but a node may refuse while others still hold up to {@code leaseSize - 1} each. Counts without a most (failed
 * sign-ins) go to the table one by one. When the database cannot count, this node counts alone, in memory, says so
 * once, and tries the table again a few seconds later: a limit must never refuse all traffic for want of a count.
 * A database that cannot be reached at all fails the one request that found it so, as its own statements would.
 */
final class SharedTallies implements Tallies {

    private static final Logger LOG = LoggerFactory.getLogger(SharedTallies.class);
    private static final long RETRY_MILLIS = 5_000;
    private static final long SWEEP_EVERY_MILLIS = 60_000;
    /** Kept after they end for {@code rate_limit_status}'s last access; then swept, so tried logins do not pile up. */
    private static final Duration KEEP_ENDED = Duration.ofHours(1);
    private static final int FORGET_LEASES_ABOVE = 10_000;

    private final TallyTable table;
    private final Clock clock;
    private final int leaseSize;
    private final Tallies alone;
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();
    private final AtomicBoolean countingAlone = new AtomicBoolean();
    private final AtomicLong sharedAgainAt = new AtomicLong();
    private final AtomicLong sweptAt = new AtomicLong();
    /** Times a round trip found the database out of reach; its last such failure. */
    private final AtomicLong outages = new AtomicLong();
    private volatile StorageUnavailableException lastUnreachable;

    SharedTallies(TallyTable table, Clock clock, int leaseSize) {
        if (leaseSize < 1) {
            throw new IllegalArgumentException("a lease holds at least one event: " + leaseSize);
        }
        this.table = table;
        this.clock = clock;
        this.leaseSize = leaseSize;
        this.alone = Tallies.inMemory(clock);
    }

    @Override
    public FixedWindows.Counted countBelow(String key, int max, Duration length) {
        Lease lease = leases.computeIfAbsent(key, k -> new Lease());
        long outagesBefore = outages.get();
        // Decided under the key's lock: requests that queued behind one which found the database out of reach fail
        // as it did, and later ones count alone, rather than each wait for a connection in turn.
        synchronized (lease) {
            if (outages.get() != outagesBefore) {
                throw new StorageUnavailableException("The database was out of reach", lastUnreachable);
            }
            return sharedOrAlone(() -> {
                long now = clock.millis();
                sweep(now);
                return lease.spend(table, key, leaseSize, max, length, now);
            }, () -> alone.countBelow(key, max, length));
        }
    }

    @Override
    public FixedWindows.Window count(String key, Duration length) {
        return sharedOrAlone(() -> {
            long now = clock.millis();
            sweep(now);
            TallyTable.Taken taken = table.take(key, 1, Integer.MAX_VALUE, length);
            return new FixedWindows.Window(now + taken.millisLeft(), taken.events(), now);
        }, () -> alone.count(key, length));
    }

    @Override
    public Optional<FixedWindows.Window> last(String key) {
        return sharedOrAlone(() -> {
            long now = clock.millis();
            Lease lease = leases.get(key);
            int unspent = lease == null ? 0 : lease.unspentAt(now);
            long spentHere = lease == null ? 0 : lease.lastSpentAt();
            return table.read(key).map(found -> new FixedWindows.Window(now + found.millisLeft(),
                    found.events() - unspent, Math.max(spentHere, now - found.millisSinceCounted())));
        }, () -> alone.last(key));
    }

    @Override
    public void clear(String key) {
        leases.remove(key);
        alone.clear(key);
        sharedOrAlone(() -> {
            table.clear(key);
            return null;
        }, () -> null);
    }

    private <T> T sharedOrAlone(Supplier<T> shared, Supplier<T> local) {
        long now = clock.millis();
        if (now < sharedAgainAt.get()) {
            return local.get();
        }
        try {
            T result = shared.get();
            if (countingAlone.compareAndSet(true, false)) {
                LOG.info("Limits are counted with the other nodes again, in the database");
            }
            return result;
        } catch (RuntimeException failure) {
            sharedAgainAt.set(now + RETRY_MILLIS);
            if (countingAlone.compareAndSet(false, true)) {
                LOG.warn("Limits are counted on this node alone until the database can count them ({})",
                        failure.getMessage());
            }
            if (failure instanceof StorageUnavailableException unavailable) {
                lastUnreachable = unavailable;
                outages.incrementAndGet();
                // The request needs the database too: it fails now, after one wait for a connection rather than two.
                throw failure;
            }
            return local.get();
        }
    }

    /** Now and then, windows long ended leave the table, and leases of ended windows leave this node's memory. */
    private void sweep(long now) {
        long last = sweptAt.get();
        if (now - last < SWEEP_EVERY_MILLIS || !sweptAt.compareAndSet(last, now)) {
            return;
        }
        table.sweep(KEEP_ENDED);
        if (leases.size() > FORGET_LEASES_ABOVE) {
            leases.values().removeIf(lease -> lease.endedBy(now));
        }
    }
}
