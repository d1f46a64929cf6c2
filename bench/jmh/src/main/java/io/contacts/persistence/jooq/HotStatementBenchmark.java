package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.contacts.bench.CpuTime;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.port.out.Stores;
import io.contacts.persistence.jooq.schema.tables.records.ContactsRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.contacts.persistence.jooq.schema.Tables.CONTACTS;

/**
 * Benchmark: the contact read behind every GET, PUT and DELETE as the store runs it (rendered once, bound by
 * position) against the same statement built and rendered by jOOQ on each call — mapped by the same mapper, or
 * (plain jOOQ) through a jOOQ record. On the embedded H2, and on the PostgreSQL server
 * that {@code -Dbench.postgres=jdbc:postgresql://…/postgres?user=…} names (a database is created and dropped there).
 * Besides JMH's wall time, each iteration records the benchmark thread's CPU time and calls ({@link CpuTime}:
 * {@code cpuNanos / calls}), which other load on a shared machine disturbs far less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class HotStatementBenchmark {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123456Z");

    @Param({"h2", "postgres"})
    public String database;

    private String dropDatabase;
    private HikariDataSource pool;
    private Database db;
    private JooqContacts contacts;
    private AccountId account;
    private ContactId id;

    @Setup
    public void setUp() throws SQLException {
        pool = new HikariDataSource(poolConfig(url()));
        JooqStores storage = JooqStores.create(pool, Dialect.fromJdbcUrl(pool.getJdbcUrl()));
        storage.migrate();
        Stores stores = storage.stores();
        account = stores.accounts().add("Bench Ltd.", T0).id();
        ClientId client = stores.clients().add(account, new ClientFields("Bench", true, Optional.empty()), T0).id();
        ContactFields fields = new ContactFields(client, "Ada", Optional.of("Lovelace"),
                Optional.of(EmailAddress.of("ada@example.com")),
                Optional.of("Countess"), Optional.of("+44 20 7946 0000"), Optional.empty(), Optional.empty());
        id = stores.contacts().add(account, fields, T0).id();
        db = new Database(pool, Dialect.fromJdbcUrl(pool.getJdbcUrl()));
        contacts = new JooqContacts(db);
    }

    @TearDown
    public void tearDown() throws SQLException {
        pool.close();
        if (dropDatabase != null) {
            try (Connection server = DriverManager.getConnection(System.getProperty("bench.postgres"));
                 Statement drop = server.createStatement()) {
                drop.execute("drop database " + dropDatabase);
            }
        }
    }

    @Benchmark
    public Optional<Contact> findRenderedOnce(CpuTime cpu) {
        cpu.calls++;
        return contacts.find(account, id);
    }

    @Benchmark
    public Optional<Contact> findBuiltEachTime(CpuTime cpu) {
        cpu.calls++;
        return db.readFirst(dsl -> dsl.select(ContactMapper.COLUMNS).from(CONTACTS)
                .where(CONTACTS.ACCOUNT_ID.eq(account.value()), CONTACTS.ID.eq(id.value())), ContactMapper::toContact);
    }

    @Benchmark
    public Optional<Contact> findPlainJooq(CpuTime cpu) {
        cpu.calls++;
        return db.read(dsl -> dsl.selectFrom(CONTACTS)
                .where(CONTACTS.ACCOUNT_ID.eq(account.value()), CONTACTS.ID.eq(id.value()))
                .fetchOptional(HotStatementBenchmark::toContact));
    }

    private String url() throws SQLException {
        if (database.equals("h2")) {
            return H2Urls.memory("bench-" + UUID.randomUUID());
        }
        String server = System.getProperty("bench.postgres");
        if (server == null) {
            throw new IllegalStateException("-Dbench.postgres=jdbc:postgresql://host:port/postgres?user=… is needed");
        }
        String name = "contacts_jmh_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(server);
             Statement create = connection.createStatement()) {
            create.execute("create database " + name);
        }
        dropDatabase = name;
        return server.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    private static HikariConfig poolConfig(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        return config;
    }

    /** What a plain jOOQ read maps: the record jOOQ made of the row. */
    private static Contact toContact(ContactsRecord row) {
        ContactFields fields = new ContactFields(ClientId.of(row.getClientId()),
                row.getFirstName(), Optional.ofNullable(row.getLastName()),
                Optional.ofNullable(row.getEmail()).map(EmailAddress::of),
                Optional.ofNullable(row.getTitle()), Optional.ofNullable(row.getPhoneOffice()),
                Optional.ofNullable(row.getPhoneMobile()), Optional.ofNullable(row.getFax()));
        return new Contact(ContactId.of(row.getId()), AccountId.of(row.getAccountId()), fields,
                UtcTimes.fromColumn(row.getCreatedAt()), UtcTimes.fromColumn(row.getUpdatedAt()), row.getVersion());
    }
}
