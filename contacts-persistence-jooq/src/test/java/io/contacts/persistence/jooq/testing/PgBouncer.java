package io.contacts.persistence.jooq.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Test fixture: a PgBouncer of the test's own in front of one {@link PostgresTestDatabase} — its own process, on a
 * free loopback port, with a configuration file in a temporary directory — so that a test reaches the database
 * through a connection pooler as a deployment behind one does. Closing it stops the process and deletes the
 * directory. The system's PgBouncer service, if any, is never used.
 *
 * <p>The program is {@value #PROGRAM_VARIABLE} when set, else {@code pgbouncer} on the path or in
 * {@code /usr/sbin} (Debian's package). PgBouncer refuses to run as root: as root (CI) it is told to switch to the
 * {@code postgres} user ({@code -u}) once it has read its configuration. Without the program a test is skipped, or
 * fails when {@value PostgresTestDatabase#REQUIRED_PROPERTY} is {@code true}, as without a PostgreSQL server.
 */
public final class PgBouncer implements AutoCloseable {

    /** The environment variable naming the {@code pgbouncer} program to run. */
    public static final String PROGRAM_VARIABLE = "CONTACTS_TEST_PGBOUNCER";

    /** How PgBouncer lends its server connections ({@code pool_mode}). */
    public enum PoolMode {
        /** A server connection for each client connection, as long as it lasts. */
        SESSION,
        /** A server connection for each transaction only: the mode that lets many clients share few sessions. */
        TRANSACTION
    }

    private static final String SERVICE_USER = "postgres";
    private static final long PATIENCE_SECONDS = 20;
    private static final int ATTEMPTS = 3;

    private final Path directory;
    private final Process process;
    private final int port;
    private final String jdbcUrl;
    private final Thread stopOnExit;

    private PgBouncer(Path directory, Process process, int port, String jdbcUrl) {
        this.directory = directory;
        this.process = process;
        this.port = port;
        this.jdbcUrl = jdbcUrl;
        // Should the JVM end without close() (a killed build), no pooler is left behind.
        this.stopOnExit = new Thread(process::destroy, "pgbouncer-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * A PgBouncer in front of {@code database}, started and accepting connections, lending at most
     * {@code serverConnections} connections to the server in {@code mode}. Skips the calling test without the
     * program, or fails when PostgreSQL tests are required.
     */
    public static PgBouncer start(PostgresTestDatabase database, PoolMode mode, int serverConnections) {
        Path program = program();
        URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        String name = database.databaseName();
        String login = parameter(server, "user").map(user -> " user=" + user).orElse("")
                + parameter(server, "password").map(password -> " password='" + password + "'").orElse("");
        String entry = name + " = host=" + server.getHost() + " port=" + (server.getPort() < 0 ? 5432
                : server.getPort()) + " dbname=" + name + login;
        IllegalStateException failure = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // A free port may be taken again before PgBouncer binds it: then another one.
            try {
                return start(program, entry, freePort(), mode, serverConnections,
                        "/" + name + Optional.ofNullable(server.getRawQuery()).map(query -> "?" + query).orElse(""));
            } catch (IllegalStateException e) {
                failure = e;
            }
        }
        throw failure;
    }

    /** The JDBC URL of the database through this pooler, with the database URL's parameters (its login). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public int port() {
        return port;
    }

    /** What PgBouncer logged so far, for a failure message. */
    public String log() {
        try {
            return Files.readString(directory.resolve("pgbouncer.log"));
        } catch (IOException e) {
            return "PgBouncer's log unreadable: " + e;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException exiting) {
            // the hook runs anyway
        } finally {
            deleteTree(directory);
        }
    }

    private static PgBouncer start(Path program, String entry, int port, PoolMode mode, int serverConnections,
                                   String pathAndQuery) {
        Path directory;
        Process process;
        try {
            directory = Files.createTempDirectory("contacts-pgbouncer-");
            Path configuration = Files.writeString(directory.resolve("pgbouncer.ini"), String.join("\n",
                    "[databases]", entry, "", "[pgbouncer]", "listen_addr = 127.0.0.1", "listen_port = " + port,
                    "unix_socket_dir =", "auth_type = any", "pool_mode = " + mode.name().toLowerCase(Locale.ROOT),
                    "default_pool_size = " + serverConnections, "max_client_conn = 200",
                    "log_connections = 0", "log_disconnections = 0", ""), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(program.toString()));
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("-u", SERVICE_USER));
            }
            command.add(configuration.toString());
            // In the foreground PgBouncer logs to standard error, written here by this JVM whatever user it runs as.
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("pgbouncer.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PgBouncer bouncer = new PgBouncer(directory, process, port,
                "jdbc:postgresql://127.0.0.1:" + port + pathAndQuery);
        try {
            bouncer.awaitListening();
            return bouncer;
        } catch (RuntimeException e) {
            bouncer.close();
            throw e;
        }
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PgBouncer ended with " + process.exitValue() + ":\n" + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("PgBouncer did not listen on 127.0.0.1:" + port + ":\n" + log());
    }

    private static Optional<String> parameter(URI url, String name) {
        return Optional.ofNullable(url.getQuery()).stream().flatMap(query -> Arrays.stream(query.split("&")))
                .filter(pair -> pair.startsWith(name + "=")).map(pair -> pair.substring(name.length() + 1))
                .findFirst();
    }

    private static Path program() {
        Stream<String> directories = Stream.concat(Arrays.stream(System.getenv().getOrDefault("PATH", "")
                .split(File.pathSeparator)), Stream.of("/usr/sbin", "/usr/local/sbin"));
        Optional<Path> program = Optional.ofNullable(System.getenv(PROGRAM_VARIABLE)).filter(value -> !value.isBlank())
                .map(Path::of)
                .or(() -> directories.filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "pgbouncer"))
                        .filter(Files::isExecutable).findFirst())
                .filter(Files::isExecutable);
        if (program.isEmpty()) {
            String why = "No pgbouncer program on the path, in /usr/sbin or in " + PROGRAM_VARIABLE
                    + " (Debian: apt-get install pgbouncer)";
            if (Boolean.getBoolean(PostgresTestDatabase.REQUIRED_PROPERTY)) {
                throw new IllegalStateException(why + "; PostgreSQL tests are required ("
                        + PostgresTestDatabase.REQUIRED_PROPERTY + "=true)");
            }
            Assumptions.abort(why + ". Skipping: run with -D" + PostgresTestDatabase.REQUIRED_PROPERTY
                    + "=true to fail instead");
        }
        return program.get();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PgBouncer", e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }
}
