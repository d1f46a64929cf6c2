package io.contacts.app.reliability;

import io.contacts.app.ApiClient;
import io.contacts.app.config.ConfigLoader;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send slowly or do not read cannot take the service from everyone else (H2 and PostgreSQL): a body
 * sent a byte at a time holds no worker, with credentials or without; answers nobody reads hold no more than their
 * share of the database pool, and are cut after the write timeout, which gives their connections back.
 */
class SlowPeersTest {

    /** First in, last out: it records from before the services start until after they stop. */
    @RegisterExtension
    @Order(1)
    static final SecretsInLogs LOGS = SecretsInLogs.atInfoLevel();

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(6);
    /** More than the 16 workers of a 2-core machine: each would hold one if a body could. */
    private static final int TRICKLERS = 24;

    @RegisterExtension
    @Order(2)
    static final ServicesPerStore SERVICES = new ServicesPerStore(
            Map.of(ConfigLoader.WRITE_TIMEOUT, WRITE_TIMEOUT.toSeconds() + "s"));

    @ParameterizedTest
    @EnumSource(Store.class)
    void bodiesSentAByteAtATimeWithoutCredentialsAreRefusedUnreadAndHoldNothing(Store store) {
        Service service = SERVICES.get(store);
        Victim victim = Victim.of(service);
        List<Peer> tricklers = startBodies(service, "");

        victim.answersEachOf(5);
        for (Peer peer : tricklers) {
            String head = peer.head().orElseThrow();
            assertThat(Peer.status(head)).isEqualTo(401);
            assertThat(Peer.header(head, "Connection")).contains("close");
            peer.send("<first-name>");
            assertThat(peer.closedByServer()).as("closed without waiting for the rest of the body").isTrue();
            peer.close();
        }
        Report.line("%s: %d bodies without credentials sent a byte at a time: each 401 at once, connection closed;"
                + " the service answered meanwhile (slowest %d ms)", store, TRICKLERS, victim.slowestMillis());
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void authenticatedBodiesSentTooSlowlyHoldNoWorkerAndAreCutAt408(Store store) {
        Service service = SERVICES.get(store);
        Tenant tenant = service.newTenant("Slow Senders Ltd");
        Victim victim = Victim.of(service);
        List<Peer> tricklers = startBodies(service, "Authorization: "
                + ApiClient.basicAuthorization(tenant.email(), tenant.password()) + "\r\n");

        victim.answersEachOf(5);
        assertThat(tricklers).as("the bystander was answered while every slow body was still arriving: they hold no"
                + " worker").allMatch(Peer::unanswered);
        for (Peer peer : tricklers) {
            String head = peer.head().orElseThrow();
            assertThat(Peer.status(head)).isEqualTo(408);
            assertThat(peer.body(head))
                    .contains("The request body arrived slower than 240 bytes per second");
            assertThat(peer.closedByServer()).isTrue();
            peer.close();
        }
        assertThat(Service.snapshot(tenant.basic())).doesNotContain("<contact>");
        Report.line("%s: %d signed-in bodies trickling below 240 bytes/s: each 408 after the 5 s grace, nothing"
                + " stored; the service answered meanwhile (slowest %d ms)", store, TRICKLERS, victim.slowestMillis());
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void answersNobodyReadsHoldOnlyTheirShareOfThePoolAndAreCutAfterTheWriteTimeout(Store store) {
        Service service = SERVICES.get(store);
        BigAccount big = BigAccount.create(service, 3);
        Victim victim = Victim.of(service);
        List<Peer> readers = new ArrayList<>();
        for (int user = 0; user < 3; user++) {
            for (int i = 0; i < 4; i++) {
                Peer peer = Peer.notReading(service.port());
                peer.send("GET /contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + big.authorization(user)
                        + "\r\n\r\n");
                readers.add(peer);
            }
        }

        victim.answersEachOf(5);
        AtomicInteger streaming = new AtomicInteger();
        for (Peer peer : readers) {
            String head = peer.head().orElseThrow();
            if (Peer.status(head) == 200) {
                streaming.incrementAndGet();
            } else {
                assertThat(Peer.status(head)).isEqualTo(503);
                assertThat(Peer.header(head, "Retry-After")).isPresent();
            }
        }
        assertThat(streaming).as("lists read at once: 2 per user, 4 in all").hasValue(4);
        assertThat(Metrics.poolActive(service)).as("a pooled connection held by each stream, no more").isEqualTo(4);
        Metrics.awaitPoolIdle(service, Duration.ofSeconds(30));
        victim.answersEachOf(2);
        readers.forEach(Peer::close);
        Report.line("%s: 12 lists of %,d contacts never read, from 3 users: 4 streamed, 8 refused 503 at once; the"
                + " pool went idle once the write timeout (%d s) cut the 4, their connections still open; the service"
                + " answered meanwhile (slowest %d ms)", store, BigAccount.CONTACTS, WRITE_TIMEOUT.toSeconds(),
                victim.slowestMillis());
    }

    /** {@link #TRICKLERS} connections that announce a long body and send its first bytes, then nothing. */
    private static List<Peer> startBodies(Service service, String headers) {
        List<Peer> peers = new ArrayList<>();
        for (int i = 0; i < TRICKLERS; i++) {
            Peer peer = Peer.connect(service.port());
            peer.send("POST /contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\n" + headers
                    + "Content-Length: 100000\r\n\r\n<contact>");
            peers.add(peer);
        }
        return peers;
    }

    /** A well-behaved client of another account, and the probes: each must be answered while peers misbehave. */
    private record Victim(ApiClient api, long contact, int port, List<Long> millis) {

        static Victim of(Service service) {
            Tenant tenant = service.newTenant("Bystander Ltd");
            long client = Service.createClient(tenant.basic(), "Acme");
            return new Victim(tenant.basic(), Service.createContact(tenant.basic(), client, "Jane"), service.port(),
                    new ArrayList<>());
        }

        /** Asks for its contact, {@code /health} and {@code /ready} {@code rounds} times, each answered 200. */
        void answersEachOf(int rounds) {
            ApiClient anonymous = ApiClient.anonymous(port);
            for (int i = 0; i < rounds; i++) {
                timed(() -> api.get("/contacts/" + contact));
                timed(() -> anonymous.get("/health"));
                timed(() -> anonymous.get("/ready"));
            }
        }

        private void timed(Supplier<HttpResponse<String>> request) {
            long started = System.nanoTime();
            HttpResponse<String> answer = request.get();
            millis.add((System.nanoTime() - started) / 1_000_000);
            assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(200);
        }

        long slowestMillis() {
            return millis.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }
}
