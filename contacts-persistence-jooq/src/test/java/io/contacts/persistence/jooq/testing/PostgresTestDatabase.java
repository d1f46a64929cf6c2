package io.contacts.persistence.jooq.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Test fixture: a throw-away PostgreSQL database of its own, created on a real server and dropped again,
 * for tests that need the real thing (contract suites, end-to-end tests).
 *
 * <p>The server is the one {@value #URL_VARIABLE} points at (default {@value #DEFAULT_URL}); that URL
 * only needs to reach a database the user may {@code CREATE DATABASE} from. Each use makes a database
 * with a unique name ({@code contacts_test_…}) on it and drops it when done, so runs never share data.
 *
 * <p>When the server cannot be reached, a test using this fixture is <em>skipped</em> (a JUnit
 * assumption), unless the system property {@value #REQUIRED_PROPERTY} is {@code true} (CI sets it):
 * then it <em>fails</em>. Any other problem (wrong password, no right to create a database) always fails.
 *
 * <p>As a JUnit extension, one database per test class:
 * <pre>{@code
 * @RegisterExtension
 * static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();
 *
 * @Test
 * void works() {
 *     String url = POSTGRES.jdbcUrl(); // user and password, if any, are in the URL
 * }
 * }</pre>
 * Or by hand: {@code try (PostgresTestDatabase db = PostgresTestDatabase.started()) { … db.jdbcUrl() … }}.
 * Close every connection (pool) to it before {@link #close()}; anything still connected is cut off.
 */
public final class PostgresTestDatabase implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    /** The environment variable naming the server: a {@code jdbc:postgresql:} URL with the login in it. */
    public static final String URL_VARIABLE = "CONTACTS_TEST_POSTGRES_URL";
    /** The server used when {@value #URL_VARIABLE} is not set. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    /** The system property that turns "no server" from a skip into a failure. */
    public static final String REQUIRED_PROPERTY = "contacts.postgres.required";

    private static final String PREFIX = "jdbc:postgresql:";
    /** Seconds to wait for the server to answer before calling it unreachable. */
    private static final String CONNECT_TIMEOUT_SECONDS = "10";

    private final String serverUrl;
    private String databaseName;

    /** A fixture for the server {@value #URL_VARIABLE} names; nothing is created before {@link #start()}. */
    public PostgresTestDatabase() {
        this(Optional.ofNullable(System.getenv(URL_VARIABLE)).filter(url -> !url.isBlank()).orElse(DEFAULT_URL));
    }

    /** A fixture for the server at {@code serverUrl}; nothing is created before {@link #start()}. */
    public PostgresTestDatabase(String serverUrl) {
        if (!serverUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException(URL_VARIABLE + " must start with " + PREFIX);
        }
        this.serverUrl = serverUrl;
    }

    /** A new database, created already: skips or fails the calling test when there is no server. */
    public static PostgresTestDatabase started() {
        PostgresTestDatabase database = new PostgresTestDatabase();
        database.start();
        return database;
    }

    /**
     * Creates the database, if not yet done. Aborts the calling test (skipped) when the server cannot be
     * reached, or throws when {@value #REQUIRED_PROPERTY} is {@code true}.
     */
    public synchronized void start() {
        if (databaseName != null) {
            return;
        }
        String name = "contacts_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = connect(serverUrl); Statement statement = admin.createStatement()) {
            // A generated name of [a-z0-9_] only: safe to put into the statement, which takes no parameters.
            statement.execute("create database " + name);
        } catch (SQLException e) {
            if (isUnreachable(e)) {
                unreachable(e);
            }
            throw new IllegalStateException("Could not create a test database on " + describeServer() + ": "
                    + e.getMessage(), e);
        }
        databaseName = name;
    }

    /** The JDBC URL of this fixture's database, with the server URL's login and parameters. */
    public synchronized String jdbcUrl() {
        return withDatabase(serverUrl, requireStarted());
    }

    /** The name of this fixture's database, e.g. for a test that inspects the server. */
    public synchronized String databaseName() {
        return requireStarted();
    }

    /** Drops the database, cutting off any session still connected to it. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (databaseName == null) {
            return;
        }
        try (Connection admin = connect(serverUrl); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + databaseName + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the test database " + databaseName + ": "
                    + e.getMessage(), e);
        }
        databaseName = null;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** {@code url} pointing at {@code database} instead, keeping its host, port and parameters. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String parameters = query < 0 ? "" : url.substring(query);
        String base = query < 0 ? url : url.substring(0, query);
        String afterPrefix = base.substring(PREFIX.length());
        if (afterPrefix.startsWith("//")) {
            int slash = afterPrefix.indexOf('/', 2);
            String host = slash < 0 ? afterPrefix : afterPrefix.substring(0, slash);
            return PREFIX + host + "/" + database + parameters;
        }
        return PREFIX + database + parameters;
    }

    private String requireStarted() {
        if (databaseName == null) {
            throw new IllegalStateException("The test database is not started: call start() or register the "
                    + "fixture with @RegisterExtension");
        }
        return databaseName;
    }

    private static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", CONNECT_TIMEOUT_SECONDS);
        return DriverManager.getConnection(url, properties);
    }

    /** A connection exception (SQLState class 08), or a server that is starting or stopping. */
    private static boolean isUnreachable(SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        return state.startsWith("08") || state.equals("57P03");
    }

    private void unreachable(SQLException e) {
        String why = "No PostgreSQL server at " + describeServer() + " (" + e.getMessage() + "); set "
                + URL_VARIABLE + " to use another";
        if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
            throw new IllegalStateException(why + ". PostgreSQL tests are required (" + REQUIRED_PROPERTY
                    + "=true)", e);
        }
        Assumptions.abort(why + ". Skipping: run with -D" + REQUIRED_PROPERTY + "=true to fail instead");
    }

    /** The server's URL without its parameters, which may hold a password. */
    private String describeServer() {
        int query = serverUrl.indexOf('?');
        return query < 0 ? serverUrl : serverUrl.substring(0, query);
    }
}
