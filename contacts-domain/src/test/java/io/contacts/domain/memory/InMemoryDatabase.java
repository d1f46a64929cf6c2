package io.contacts.domain.memory;

import io.contacts.domain.model.AccessToken;
import io.contacts.domain.model.Account;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.Login;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The state behind the in-memory adapters. One lock guards every table, so a transaction simply holds it
 * (serializable, like a single-connection database); each write registers how to undo itself, so a failed
 * transaction is rolled back by replaying those steps in reverse.
 */
final class InMemoryDatabase {

    final NavigableMap<Long, Account> accounts = new TreeMap<>();
    final NavigableMap<Long, Login> users = new TreeMap<>();
    final Map<String, AccessToken> tokens = new HashMap<>();
    final NavigableMap<Long, Client> clients = new TreeMap<>();
    final NavigableMap<Long, Contact> contacts = new TreeMap<>();

    /** Like identity columns: one sequence per table, never rolled back. */
    final AtomicLong accountIds = new AtomicLong();
    final AtomicLong userIds = new AtomicLong();
    final AtomicLong clientIds = new AtomicLong();
    final AtomicLong contactIds = new AtomicLong();

    private final ReentrantLock lock = new ReentrantLock();
    /** Undo steps of the running transaction; only the lock holder touches it. */
    private Deque<Runnable> undo;

    /** Runs one port operation under the lock; inside a transaction it simply takes part. */
    <T> T locked(Supplier<T> operation) {
        lock.lock();
        try {
            return operation.get();
        } finally {
            lock.unlock();
        }
    }

    /** Registers how to undo a write just made; outside a transaction a write is final at once. */
    void onRollback(Runnable step) {
        if (undo != null) {
            undo.push(step);
        }
    }

    /** Runs a unit of work atomically; a nested unit that fails undoes only its own writes, like a savepoint. */
    <T> T transaction(Supplier<T> work) {
        lock.lock();
        boolean outermost = undo == null;
        if (outermost) {
            undo = new ArrayDeque<>();
        }
        int savepoint = undo.size();
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            while (undo.size() > savepoint) {
                undo.pop().run();
            }
            throw failure;
        } finally {
            if (outermost) {
                undo = null;
            }
            lock.unlock();
        }
    }
}
