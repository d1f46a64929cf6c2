package io.contacts.app;

import io.contacts.app.config.AppConfig;
import io.contacts.app.security.Pbkdf2Secrets;
import io.contacts.domain.port.in.BootstrapCommand;
import io.contacts.domain.port.in.BootstrapLogin;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.service.DomainServices;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start's bootstrap on an empty PostgreSQL database that several nodes start on at once, each with its
 * own pool as a process has: one makes the first account and user, the others find them made and start as well —
 * none is refused for a first user whose e-mail the winner has just taken, none adds a second first account.
 * Raced again and again on the emptied database: the window is a few milliseconds wide.
 */
class PostgresBootstrapRaceTest {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

    private static final int NODES = 3;
    private static final int RACES = 8;

    @Test
    void ofNodesBootstrappingOneEmptyDatabaseAtOnceExactlyOneMakesTheFirstLoginAndNoneFails() throws Exception {
        AppConfig config = TestApp.config(POSTGRES.jdbcUrl());
        List<Storage> storages = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(NODES);
        try (Connection db = DriverManager.getConnection(POSTGRES.jdbcUrl())) {
            List<UseCases> nodes = new ArrayList<>();
            for (int node = 0; node < NODES; node++) {
                storages.add(Storage.open(config, new SimpleMeterRegistry()));
                nodes.add(DomainServices.create(storages.get(node).stores(), Clock.systemUTC(), new Pbkdf2Secrets()));
            }
            for (int race = 0; race < RACES; race++) {
                try (Statement empty = db.createStatement()) {
                    empty.execute("truncate table accounts cascade");
                }
                // Alike, as a cluster is configured; or each its own first user, as a slip of configuration makes.
                List<Optional<BootstrapLogin>> made = race(threads, nodes, race % 2 == 1);

                assertThat(made).as("race %d: one node made the first login", race)
                        .filteredOn(Optional::isPresent).hasSize(1);
                assertThat(count(db, "accounts")).as("race %d: accounts", race).isEqualTo(1);
                assertThat(count(db, "users")).as("race %d: users", race).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
            storages.forEach(Storage::close);
        }
    }

    /** Every node's bootstrap at the same moment; a node's failure fails the test with its cause. */
    private static List<Optional<BootstrapLogin>> race(ExecutorService threads, List<UseCases> nodes,
                                                       boolean ownEmails) throws Exception {
        CyclicBarrier start = new CyclicBarrier(nodes.size());
        List<Future<Optional<BootstrapLogin>>> running = new ArrayList<>();
        for (UseCases node : nodes) {
            String email = ownEmails ? "first-" + running.size() + "@bootstrap.example" : TestApp.EMAIL;
            BootstrapCommand command = new BootstrapCommand(Optional.of(email), Optional.of(TestApp.PASSWORD));
            running.add(threads.submit(() -> {
                start.await();
                return node.bootstrap().bootstrap(command);
            }));
        }
        List<Optional<BootstrapLogin>> made = new ArrayList<>();
        for (Future<Optional<BootstrapLogin>> one : running) {
            made.add(one.get(60, TimeUnit.SECONDS));
        }
        return made;
    }

    private static long count(Connection db, String table) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
