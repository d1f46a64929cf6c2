package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariDataSource;
import io.contacts.domain.model.FixedWindows;
import io.contacts.domain.model.StorageUnavailableException;
import io.contacts.domain.port.out.Tallies;
import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tallies shared by two nodes (two stores, each with its own pool, on one PostgreSQL database): a limit holds for
 * both together — exactly with leases of one, never above it with larger leases — failed sign-ins add up, a clear
 * reaches both, and a node whose table cannot count counts alone rather than refusing.
 */
class SharedTalliesTest {

    @RegisterExtension
    static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static HikariDataSource firstPool;
    private static HikariDataSource secondPool;

    @BeforeAll
    static void twoNodes() {
        firstPool = Pools.open(POSTGRES.jdbcUrl(), 3);
        secondPool = Pools.open(POSTGRES.jdbcUrl(), 3);
        JooqStores.create(firstPool, Dialect.POSTGRES).migrate();
    }

    @AfterAll
    static void closePools() {
        firstPool.close();
        secondPool.close();
    }

    private static Tallies node(HikariDataSource pool, int lease) {
        return JooqStores.create(pool, Dialect.POSTGRES, lease).stores().tallies();
    }

    private static String key() {
        return "requests:" + UUID.randomUUID();
    }

    @Test
    void leasesOfOneAdmitExactlyTheLimitAcrossNodes() {
        List<Tallies> nodes = List.of(node(firstPool, 1), node(secondPool, 1));
        String key = key();

        long admitted = IntStream.range(0, 40)
                .filter(i -> nodes.get(i % 2).countBelow(key, 25, MINUTE).counted()).count();

        assertThat(admitted).isEqualTo(25);
        FixedWindows.Counted refused = nodes.get(0).countBelow(key, 25, MINUTE);
        assertThat(refused.counted()).isFalse();
        assertThat(refused.window().secondsLeftAt(System.currentTimeMillis())).isBetween(1L, 60L);
        assertThat(nodes.get(1).last(key)).hasValueSatisfying(window -> assertThat(window.count()).isEqualTo(25));
    }

    @Test
    void largerLeasesNeverAdmitMoreThanTheLimitAndWhatANodeHoldsItStillAdmits() {
        Tallies first = node(firstPool, 10);
        Tallies second = node(secondPool, 10);
        String key = key();

        assertThat(first.countBelow(key, 25, MINUTE).counted()).isTrue(); // takes 10, spends 1
        int secondAdmitted = 0;
        while (second.countBelow(key, 25, MINUTE).counted()) { // takes 10, then the 5 left
            secondAdmitted++;
        }
        int firstAdmitted = 1;
        while (first.countBelow(key, 25, MINUTE).counted()) { // spends the 9 it holds
            firstAdmitted++;
        }

        assertThat(secondAdmitted).isEqualTo(15);
        assertThat(firstAdmitted).isEqualTo(10);
        assertThat(firstAdmitted + secondAdmitted).isEqualTo(25);
    }

    @Test
    void failuresCountedOnEitherNodeAddUpAndAClearReachesBoth() {
        Tallies first = node(firstPool, 10);
        Tallies second = node(secondPool, 10);
        String key = "signin:" + UUID.randomUUID() + "@example.com";

        first.count(key, MINUTE);
        second.count(key, MINUTE);
        FixedWindows.Window third = first.count(key, MINUTE);

        assertThat(third.count()).isEqualTo(3);
        assertThat(second.last(key)).hasValueSatisfying(window -> assertThat(window.count()).isEqualTo(3));
        second.clear(key);
        assertThat(first.last(key)).isEmpty();
    }

    @Test
    void anEndedWindowStartsAfresh() throws InterruptedException {
        Tallies node = node(firstPool, 1);
        String key = key();
        assertThat(node.countBelow(key, 1, Duration.ofSeconds(1)).counted()).isTrue();
        assertThat(node.countBelow(key, 1, Duration.ofSeconds(1)).counted()).isFalse();

        Thread.sleep(1_100);

        assertThat(node.countBelow(key, 1, Duration.ofSeconds(1)).counted()).isTrue();
    }

    @Test
    void aNodeWhoseTableCannotCountCountsAloneAndStillRefusesPastTheLimit() {
        try (PostgresTestDatabase database = PostgresTestDatabase.started();
             HikariDataSource pool = Pools.open(database.jdbcUrl(), 3)) {
            JooqStores store = JooqStores.create(pool, Dialect.POSTGRES, 1);
            store.migrate();
            DSL.using(pool, SQLDialect.POSTGRES).execute("drop table tallies");
            Tallies node = store.stores().tallies();
            String key = key();

            long admitted = IntStream.range(0, 5).filter(i -> node.countBelow(key, 3, MINUTE).counted()).count();

            assertThat(admitted).isEqualTo(3);
            assertThat(node.count("signin:lost@example.com", MINUTE).count()).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseOutOfReachFailsTheRequestThatFindsItSoAndTheNextCountAloneWithoutWaiting() {
        try (HikariDataSource unreachable = Pools.unreachable()) {
            Tallies node = node(unreachable, 1);
            String key = key();

            assertThatThrownBy(() -> node.countBelow(key, 3, MINUTE)).isInstanceOf(StorageUnavailableException.class);
            long admitted = IntStream.range(0, 5).filter(i -> node.countBelow(key, 3, MINUTE).counted()).count();

            assertThat(admitted).isEqualTo(3);
        }
    }
}
