package io.contacts.domain.service;

import io.contacts.domain.model.Caller;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Policy: credentials verified in the last little while, so that a client presenting its password on every
 * request (as HTTP Basic does) does not cost a slow password hash each time. Keyed by a digest of the whole
 * credential — e-mail and password, or token — so a wrong password is a different key and is always verified;
 * only successes are kept, never the secrets themselves. Bounded: the least recently used entry goes first.
 *
 * <p>A credential is verified by one request at a time: requests presenting it meanwhile wait for that answer
 * rather than each paying the slow hash, which on a loaded server would turn every expiry into a stall of all
 * of them at once. For the same reason an entry is re-verified by one request during the last quarter of its
 * time, while the others still use it; it never outlives its time, and one that no longer verifies goes at once.
 */
final class CredentialCache {

    static final int MAX_ENTRIES = 10_000;

    private final long ttlMillis;
    private final long refreshAfterMillis;
    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final Map<String, CompletableFuture<Optional<Caller>>> verifying = new ConcurrentHashMap<>();

    CredentialCache(Duration ttl, Clock clock) {
        this.ttlMillis = ttl.toMillis();
        this.refreshAfterMillis = ttlMillis - ttlMillis / 4;
        this.clock = clock;
    }

    /**
     * The caller the credential under {@code key} proves: the cached one while it is fresh, otherwise what
     * {@code verify} says — asked once however many requests present the same credential meanwhile.
     */
    Optional<Caller> resolve(String key, Supplier<Optional<Caller>> verify) {
        if (ttlMillis <= 0) {
            return verify.get();
        }
        long now = clock.millis();
        Entry cached = find(key, now);
        if (cached != null && now < cached.refreshAt()) {
            return Optional.of(cached.caller());
        }
        CompletableFuture<Optional<Caller>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Caller>> running = verifying.putIfAbsent(key, mine);
        if (running != null) {
            return cached != null ? Optional.of(cached.caller()) : await(running, verify);
        }
        try {
            Optional<Caller> caller = verify.get();
            caller.ifPresentOrElse(found -> remember(key, found), () -> forget(key));
            mine.complete(caller);
            return caller;
        } catch (RuntimeException | Error failure) {
            mine.completeExceptionally(failure);
            if (cached != null && failure instanceof RuntimeException) {
                // An early refresh that could not be made (the database away, the login braked) is no answer:
                // the entry is still within its time and serves, as it would have without the early refresh.
                return Optional.of(cached.caller());
            }
            throw failure;
        } finally {
            verifying.remove(key, mine);
        }
    }

    /** A verification that failed (the database, say) is not shared: each waiting request then tries on its own. */
    private static Optional<Caller> await(CompletableFuture<Optional<Caller>> running,
                                          Supplier<Optional<Caller>> verify) {
        try {
            return running.join();
        } catch (CompletionException | CancellationException failed) {
            return verify.get();
        }
    }

    /** The entry while it has not expired; an expired one is dropped. */
    private Entry find(String key, long now) {
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry != null && entry.expiresAt() <= now) {
                entries.remove(key);
                return null;
            }
            return entry;
        }
    }

    private void remember(String key, Caller caller) {
        long now = clock.millis();
        synchronized (entries) {
            entries.put(key, new Entry(caller, now + refreshAfterMillis, now + ttlMillis));
        }
    }

    private void forget(String key) {
        synchronized (entries) {
            entries.remove(key);
        }
    }

    private record Entry(Caller caller, long refreshAt, long expiresAt) {
    }
}
