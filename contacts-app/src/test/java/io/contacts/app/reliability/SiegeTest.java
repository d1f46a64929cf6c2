package io.contacts.app.reliability;

import io.contacts.app.ApiClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 misbehaving connections at once — bodies trickling in with credentials and without, lists never read,
 * connections that send nothing — held for 20 s, reopened as the service closes them: meanwhile another account's
 * client is answered in well under a second, each time; after the siege the pool is idle and no thread, socket
 * or connection is left behind (H2 and PostgreSQL, the service's default limits).
 */
class SiegeTest {

    /** First in, last out: it records from before the services start until after they stop. */
    @RegisterExtension
    @Order(1)
    static final SecretsInLogs LOGS = SecretsInLogs.atInfoLevel();

    @RegisterExtension
    @Order(2)
    static final ServicesPerStore SERVICES = new ServicesPerStore();

    private static final int PER_KIND = 50;
    private static final Duration SIEGE = Duration.ofSeconds(20);
    private static final Duration WELL_UNDER_A_SECOND = Duration.ofMillis(1_000);

    @ParameterizedTest
    @EnumSource(Store.class)
    void twoHundredMisbehavingConnectionsLeaveOtherClientsAnsweredAndNothingBehind(Store store) {
        Service service = SERVICES.get(store);
        Tenant bystander = service.newTenant("Bystander Ltd");
        long contact = Service.createContact(bystander.basic(), Service.createClient(bystander.basic(), "Acme"), "Jane");
        Tenant trickler = service.newTenant("Trickler Ltd");
        BigAccount lists = BigAccount.create(service, 3);
        warmUp(service, bystander, contact);
        // Each attacker's first sign-in costs a 600,000-round hash: this measures what slow connections hold, not that.
        assertThat(trickler.basic().get("/account/who_am_i").statusCode()).isEqualTo(200);
        for (int user = 0; user < 3; user++) {
            assertThat(ApiClient.authorization(service.port(), lists.authorization(user)).get("/account/who_am_i")
                    .statusCode()).isEqualTo(200);
        }
        Footprint before = Footprint.of(service);

        List<Long> millis = new ArrayList<>();
        try (Siege siege = new Siege(service.port(), PER_KIND, (kind, index) -> switch (kind) {
            case ANONYMOUS_TRICKLE -> post("");
            case SIGNED_IN_TRICKLE -> post("Authorization: " + ApiClient.basicAuthorization(trickler.email(),
                    trickler.password()) + "\r\n");
            case UNREAD_LIST -> "GET /contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + lists.authorization(index % 3) + "\r\n\r\n";
            case SILENT -> null;
        })) {
            ApiClient anonymous = ApiClient.anonymous(service.port());
            long end = System.nanoTime() + SIEGE.toNanos();
            while (System.nanoTime() < end) {
                millis.add(timed(() -> bystander.basic().get("/contacts/" + contact)));
                millis.add(timed(() -> anonymous.get("/health")));
                pause(Duration.ofMillis(250));
            }
            Report.line("%s: siege of %d connections for %d s; reopened after the service closed them: %s",
                    store, 4 * PER_KIND, SIEGE.toSeconds(), siege.reopened());
        }
        long slowest = millis.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(slowest).as("the slowest of %d answers to another account, in ms", millis.size())
                .isLessThan(WELL_UNDER_A_SECOND.toMillis());

        Footprint after = Footprint.settled(service, before);
        Report.line("%s: %d answers to another account meanwhile, all 200, slowest %d ms; before/after the siege:"
                + " %s / %s", store, millis.size(), slowest, before, after);
        assertThat(after.within(before)).as("threads, sockets, connections and pool back to %s: %s", before, after)
                .isTrue();
    }

    private static String post(String authorization) {
        return "POST /contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\n" + authorization
                + "Content-Length: 100000\r\n\r\n<contact>";
    }

    /** Every worker thread started, so that a thread count after the siege is not the pool growing. */
    private static void warmUp(Service service, Tenant tenant, long contact) {
        ExecutorService clients = Executors.newFixedThreadPool(32);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 256; i++) {
                answers.add(clients.submit(() -> tenant.basic().get("/contacts/" + contact)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            clients.shutdown();
        }
    }

    private static long timed(Supplier<HttpResponse<String>> request) {
        long started = System.nanoTime();
        HttpResponse<String> answer = request.get();
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(200);
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the process holds: threads, sockets, the service's connections still open (and of those, ones whose
     * client has gone: CLOSE_WAIT, a socket the service forgot), pooled connections lent out. Sockets, not all file
     * descriptors: a worker that once waited for a slow reader keeps a selector (two descriptors) for next time.
     */
    private record Footprint(int threads, int sockets, int open, int abandoned, int poolActive) {

        private static final String ESTABLISHED = "01";
        private static final String CLOSE_WAIT = "08";

        static Footprint of(Service service) {
            return new Footprint(ManagementFactory.getThreadMXBean().getThreadCount(), openSockets(),
                    connections(service.port(), ESTABLISHED) + connections(service.port(), CLOSE_WAIT),
                    connections(service.port(), CLOSE_WAIT), Metrics.poolActive(service));
        }

        /** The footprint once the service has closed what the siege left: waits up to a minute for it. */
        static Footprint settled(Service service, Footprint before) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Footprint now = of(service);
            while (!now.within(before) && System.nanoTime() < deadline) {
                pause(Duration.ofMillis(200));
                now = of(service);
            }
            return now;
        }

        /** Back where it was, give or take what the test's own HTTP client keeps open. */
        boolean within(Footprint before) {
            return threads <= before.threads + 4 && sockets <= before.sockets + 4 && open <= before.open + 4
                    && abandoned == 0 && poolActive == 0;
        }

        private static int openSockets() {
            try (Stream<Path> files = Files.list(Path.of("/proc/self/fd"))) {
                return (int) files.filter(SiegeTest.Footprint::isSocket).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static boolean isSocket(Path descriptor) {
            try {
                return Files.readSymbolicLink(descriptor).toString().startsWith("socket:");
            } catch (IOException closedMeanwhile) {
                return false;
            }
        }

        /** The service's side of TCP connections to its port in the given state, from the kernel's tables. */
        private static int connections(int port, String state) {
            String local = String.format(":%04X", port);
            int count = 0;
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                try (Stream<String> lines = Files.lines(Path.of(table))) {
                    count += (int) lines.skip(1).map(line -> line.strip().split("\\s+"))
                            .filter(fields -> fields[1].endsWith(local) && fields[3].equals(state))
                            .count();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return count;
        }
    }
}
