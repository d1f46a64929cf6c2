package io.contacts.app.reliability;

import io.contacts.app.ApiClient;
import io.contacts.app.Xml;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Test helper: a steady stream of requests from several threads — creates, or creates and reads in turn — until
 * stopped, remembering every answer (or the lack of one) with the phase of the test it was sent in, and every
 * contact whose create was acknowledged with 201. A thread that gets no answer at all stops there.
 */
public final class Load implements AutoCloseable {

    /** One request: when (the test's phase at sending), what came back (-1: none), how long it took. */
    public record Outcome(String phase, String method, int status, long millis, String error) {
    }

    private static final long PATIENCE_MILLIS = 120_000;

    private final ApiClient api;
    private final long client;
    private final boolean readsToo;
    private final List<Thread> threads = new ArrayList<>();
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private volatile String phase = "before";
    private volatile boolean stopping;

    private Load(ApiClient api, long client, boolean readsToo) {
        this.api = api;
        this.client = client;
        this.readsToo = readsToo;
    }

    /** Starts {@code writers} threads creating contacts of {@code client}, reading the list in between if asked. */
    public static Load start(ApiClient api, long client, int writers, boolean readsToo) {
        Load load = new Load(api, client, readsToo);
        for (int i = 0; i < writers; i++) {
            int writer = i;
            Thread thread = new Thread(() -> load.run(writer), "load-" + i);
            thread.setDaemon(true);
            load.threads.add(thread);
        }
        load.threads.forEach(Thread::start);
        return load;
    }

    public void phase(String name) {
        phase = name;
    }

    /** Waits until {@code count} answers sent in the current phase satisfy {@code wanted}; fails on a hang. */
    public void await(int count, Predicate<Outcome> wanted, String what) {
        String current = phase;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
        while (outcomes.stream().filter(outcome -> outcome.phase().equals(current)).filter(wanted).count() < count) {
            if (System.nanoTime() > deadline || threads.stream().noneMatch(Thread::isAlive)) {
                throw new AssertionError("never saw " + count + " " + what + " in phase " + current + "; outcomes: "
                        + outcomes);
            }
            // Not a spin: on two cores a spinning waiter takes a core from the services under test.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Contact id to first name, for every create answered 201. */
    public Map<Long, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** Stops sending; answers still on their way are waited for. */
    @Override
    public void close() {
        stopping = true;
        for (Thread thread : threads) {
            try {
                thread.join(PATIENCE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run(int writer) {
        for (int n = 0; !stopping; n++) {
            String sentIn = phase;
            boolean create = !readsToo || n % 2 == 0;
            String name = "Writer " + writer + "-" + n;
            long started = System.nanoTime();
            try {
                HttpResponse<String> answer = create ? api.post("/contacts", "<contact><client-id>" + client
                        + "</client-id><first-name>" + name + "</first-name><last-name>Doe</last-name></contact>")
                        : api.get("/contacts");
                if (answer.statusCode() == 201) {
                    acknowledged.put(Long.parseLong(Xml.text(answer.body(), "/contact/id")), name);
                }
                outcomes.add(new Outcome(sentIn, create ? "POST" : "GET", answer.statusCode(), millisSince(started),
                        answer.statusCode() >= 500 ? answer.body() : ""));
            } catch (UncheckedIOException | IllegalStateException noAnswer) {
                outcomes.add(new Outcome(sentIn, create ? "POST" : "GET", -1, millisSince(started),
                        String.valueOf(noAnswer.getCause())));
                // The service is gone, or hung past the client's patience: either way this writer is done.
                return;
            }
        }
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
