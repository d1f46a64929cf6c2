package io.contacts.app.scale;

import io.contacts.app.Administration;
import io.contacts.app.ApiClient;
import io.contacts.app.ServiceProcess;
import io.contacts.app.TestApp;
import io.contacts.app.config.AppConfig;
import io.contacts.domain.model.Account;
import io.contacts.domain.model.User;
import io.contacts.domain.port.in.CreateUserCommand;
import io.contacts.domain.port.in.TokenSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test fixture: three nodes of the service — the shipped jar, each its own process started as the README starts it
 * — on one PostgreSQL database, behind a {@link RoundRobinBalancer}. The database is migrated and given an account
 * before the nodes start, so that none of them bootstraps (how nodes start together on an empty database is a test
 * of its own, {@link SimultaneousStartIT}). Closing it stops every node still running and the balancer.
 */
final class ThreeNodes implements AutoCloseable {

    static final int COUNT = 3;
    /** The README's memory options, and the class-data archive the build made for the jar (a quicker start). */
    private static final List<String> JVM = List.of("-Xmx64m", "-XX:+UseSerialGC");

    private final AppConfig administration;
    private final List<ServiceProcess> processes;
    private final List<Integer> ports;
    private final RoundRobinBalancer balancer;
    private final Path directory;

    private ThreeNodes(AppConfig administration, List<ServiceProcess> processes, List<Integer> ports,
                       Path directory) {
        this.administration = administration;
        this.processes = processes;
        this.ports = ports;
        this.balancer = RoundRobinBalancer.start(ports);
        this.directory = directory;
    }

    /** Three nodes on the database at {@code url} with these settings besides the database and a free port. */
    static ThreeNodes start(String url, Map<String, String> settings, Path directory) throws InterruptedException {
        AppConfig administration = TestApp.config(url);
        Administration.run(administration, useCases -> useCases.createAccount().createAccount("Before the nodes"));
        List<ServiceProcess> processes = startAtOnce(url, settings, directory);
        try {
            List<Integer> ports = new ArrayList<>();
            for (ServiceProcess process : processes) {
                ports.add(process.awaitPort());
            }
            return new ThreeNodes(administration, processes, ports, directory);
        } catch (RuntimeException | Error | InterruptedException e) {
            stop(processes);
            throw e;
        }
    }

    /** Starts three nodes on the database at {@code url} in the same moment, without waiting for any. */
    static List<ServiceProcess> startAtOnce(String url, Map<String, String> settings, Path directory) {
        Map<String, String> environment = new HashMap<>(Map.of("CONTACTS_DB_URL", url, "CONTACTS_HTTP_PORT", "0",
                "CONTACTS_DB_POOL_SIZE", "5"));
        environment.putAll(settings);
        List<String> options = new ArrayList<>(JVM);
        Path archive = ServiceProcess.JAR.resolveSibling("contacts-app.jsa");
        if (Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        List<ServiceProcess> processes = new ArrayList<>();
        for (int node = 0; node < COUNT; node++) {
            processes.add(ServiceProcess.startJvm(options, directory, environment));
        }
        return processes;
    }

    /** Ends every process still running: SIGTERM to all first, so that they stop together. */
    static void stop(List<ServiceProcess> processes) throws InterruptedException {
        processes.forEach(ServiceProcess::terminate);
        for (ServiceProcess process : processes) {
            process.close();
        }
    }

    int balancerPort() {
        return balancer.port();
    }

    RoundRobinBalancer balancer() {
        return balancer;
    }

    int port(int node) {
        return ports.get(node);
    }

    ServiceProcess process(int node) {
        return processes.get(node);
    }

    /** A new account with one user and a token, made through the administration path as an operator makes them. */
    Tenant newTenant(String company) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "user-" + unique + "@" + company.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example";
        String password = "password " + UUID.randomUUID();
        return Administration.run(administration, useCases -> {
            Account account = useCases.createAccount().createAccount(company);
            User user = useCases.createUser().createUser(
                    new CreateUserCommand(account.id(), email, "Ada", "Lovelace", password));
            String token = useCases.issueToken().issueToken(user.email().value()).token();
            return new Tenant(account.id().value(), email, password, token);
        });
    }

    /** The id {@code token list} shows for the one token of the user signing in with {@code email}. */
    String tokenId(String email) {
        List<TokenSummary> tokens = Administration.run(administration,
                useCases -> useCases.listTokens().listTokens(Optional.of(email)));
        assertThat(tokens).hasSize(1);
        return tokens.get(0).id();
    }

    /** Runs one administration command of the jar on the nodes' database, expecting success; returns its output. */
    String command(String... args) throws IOException, InterruptedException {
        try (ServiceProcess command = ServiceProcess.start(directory, Map.of("CONTACTS_DB_URL",
                administration.dbUrl()), args)) {
            int status = command.awaitExit();
            assertThat(status).as(String.join(" ", args) + ": " + command.errors()).isZero();
            return String.join("\n", command.output());
        }
    }

    /** Each node's access-log lines so far that contain {@code text} (e.g. {@code "POST /contacts 201"}). */
    List<Long> accessLines(String text) {
        List<Long> counts = new ArrayList<>();
        for (ServiceProcess process : processes) {
            counts.add(process.output().stream()
                    .filter(line -> line.contains("io.contacts.http.access") && line.contains(text)).count());
        }
        return counts;
    }

    /** How many more such lines each node wrote than {@code before}, once they add up to {@code more}. */
    List<Long> awaitMoreAccessLines(String text, List<Long> before, long more) {
        // A node writes its log a moment after it answers.
        long deadline = System.nanoTime() + ServiceProcess.PATIENCE.toNanos();
        while (true) {
            List<Long> now = accessLines(text);
            List<Long> added = new ArrayList<>();
            for (int node = 0; node < COUNT; node++) {
                added.add(now.get(node) - before.get(node));
            }
            if (added.stream().mapToLong(Long::longValue).sum() >= more || System.nanoTime() > deadline) {
                return added;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    /** A client of one node, reached directly rather than through the balancer. */
    ApiClient direct(int node, Tenant tenant) {
        return ApiClient.bearer(port(node), tenant.token());
    }

    /** A client of the balancer. */
    ApiClient balanced(Tenant tenant) {
        return ApiClient.bearer(balancerPort(), tenant.token());
    }

    @Override
    public void close() throws InterruptedException, IOException {
        try {
            stop(processes);
        } finally {
            balancer.close();
        }
    }
}
