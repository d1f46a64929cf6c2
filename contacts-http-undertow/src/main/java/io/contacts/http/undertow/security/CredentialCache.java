package io.contacts.http.undertow.security;

import io.contacts.domain.model.Caller;
import io.contacts.domain.port.in.Credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Driving adapter cache: credentials verified in the last little while, so that HTTP Basic does not cost a
 * slow password hash on every request. Keyed by a SHA-256 digest of the whole credential — e-mail and password,
 * or token — so a wrong password is a different key and always goes to the domain; only successes are kept,
 * never the secrets themselves. Bounded: the least recently used entry goes first.
 */
public final class CredentialCache {

    public static final int MAX_ENTRIES = 10_000;

    private final long ttlMillis;
    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public CredentialCache(Duration ttl, Clock clock) {
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
    }

    public Optional<Caller> find(String key) {
        if (ttlMillis <= 0) {
            return Optional.empty();
        }
        long now = clock.millis();
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return Optional.empty();
            }
            if (entry.expiresAt() <= now) {
                entries.remove(key);
                return Optional.empty();
            }
            return Optional.of(entry.caller());
        }
    }

    public void remember(String key, Caller caller) {
        if (ttlMillis <= 0) {
            return;
        }
        long expiresAt = clock.millis() + ttlMillis;
        synchronized (entries) {
            entries.put(key, new Entry(caller, expiresAt));
        }
    }

    /** The digest of the full credential; lengths are part of it, so no two credentials share a key. */
    public static String key(Credential credential) {
        String material;
        if (credential instanceof Credential.Password password) {
            material = "password:" + password.email().length() + ":" + password.email() + password.password();
        } else {
            material = "token:" + ((Credential.Token) credential).token();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private record Entry(Caller caller, long expiresAt) {
    }
}
