package io.contacts.app.reliability;

import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture: a PostgreSQL server of the test's own — {@code initdb} into a temporary directory, {@code pg_ctl}
 * on a free port, password authentication — that a test may stop and start at will without touching the shared
 * server every other test uses. Closing it stops the server (immediately) and deletes its directory.
 *
 * <p>The server programs are those of {@code pg_config --bindir}, or of {@value #BINDIR_VARIABLE} when set.
 * PostgreSQL refuses to run as root; as root (CI), every program runs as the {@code postgres} user through
 * {@code runuser}, and the directory is made that user's. Without the programs the test is skipped, or fails
 * when {@code contacts.postgres.required} is {@code true}.
 */
final class PrivatePostgres implements AutoCloseable {

    static final String BINDIR_VARIABLE = "CONTACTS_TEST_PG_BINDIR";
    private static final String SERVICE_USER = "postgres";
    private static final long PATIENCE_SECONDS = 120;

    private final Path bin;
    private final Path directory;
    private final Path data;
    private final int port;
    private final String user;
    private final String password;
    private final Thread cleanUpOnExit;
    private boolean running;

    private PrivatePostgres(Path bin, Path directory, int port, String user, String password) {
        this.bin = bin;
        this.directory = directory;
        this.data = directory.resolve("data");
        this.port = port;
        this.user = user;
        this.password = password;
        // Should the JVM end without close() (a killed build), no server is left behind for long.
        this.cleanUpOnExit = new Thread(this::stopQuietly, "private-postgres-cleanup");
    }

    /** A new cluster whose superuser is {@code user} with {@code password}, started and accepting connections. */
    static PrivatePostgres start(String user, String password) {
        Path bin = serverPrograms();
        Path directory;
        try {
            directory = Files.createTempDirectory("contacts-private-postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrivatePostgres server = new PrivatePostgres(bin, directory, freePort(), user, password);
        try {
            server.initialise();
            Runtime.getRuntime().addShutdownHook(server.cleanUpOnExit);
            server.start();
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    /** The URL of the cluster's {@code postgres} database; the login goes separately, as an operator gives it. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** Starts the server and waits until it accepts connections. */
    synchronized void start() {
        run(pgCtl("start", "-w", "-t", "60", "-l", directory.resolve("server.log").toString()));
        running = true;
    }

    /**
     * Stops the server the way a crash or an operator's emergency stop does ({@code -m immediate}): every
     * connection is cut at once, nothing is checkpointed; the next start recovers from the write-ahead log.
     */
    synchronized void crash() {
        run(pgCtl("stop", "-w", "-m", "immediate"));
        running = false;
    }

    /** The server's own log, for a failure message. */
    String log() {
        try {
            Path log = directory.resolve("server.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "server log unreadable: " + e;
        }
    }

    @Override
    public synchronized void close() {
        try {
            stopQuietly();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUpOnExit);
            } catch (IllegalStateException | IllegalArgumentException notRegisteredOrExiting) {
                // nothing to remove
            }
            Service.deleteTree(directory);
        }
    }

    private synchronized void stopQuietly() {
        if (running && Files.exists(data.resolve("postmaster.pid"))) {
            try {
                run(pgCtl("stop", "-w", "-m", "immediate"));
            } catch (RuntimeException e) {
                System.err.println("could not stop the private PostgreSQL server: " + e.getMessage());
            }
        }
        running = false;
    }

    private void initialise() {
        try {
            Path passwordFile = Files.writeString(directory.resolve("password"), password, StandardCharsets.UTF_8);
            handToServiceUser(directory);
            handToServiceUser(passwordFile);
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", user,
                    "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--no-instructions"));
            // Appended as whoever runs the test; the file stays the service user's.
            Files.writeString(data.resolve("postgresql.conf"), String.join("\n",
                    "", "port = " + port, "listen_addresses = '127.0.0.1'",
                    "unix_socket_directories = '" + directory + "'", "max_connections = 50",
                    "shared_buffers = 16MB", ""), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> pgCtl(String action, String... options) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), action, "-D",
                data.toString()));
        command.addAll(List.of(options));
        return command;
    }

    /** Runs a server program to its end, as the service user when the test runs as root. */
    private void run(List<String> program) {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        command.addAll(program);
        try {
            Path output = Files.createTempFile("private-postgres-", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not end");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue()
                            + "):\n" + Files.readString(output) + "\n" + log());
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void handToServiceUser(Path path) throws IOException {
        if (isRoot()) {
            UserPrincipal owner = path.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(SERVICE_USER);
            Files.setOwner(path, owner);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path serverPrograms() {
        Optional<Path> bin = Optional.ofNullable(System.getenv(BINDIR_VARIABLE)).filter(value -> !value.isBlank())
                .map(Path::of).or(PrivatePostgres::pgConfigBindir)
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")));
        if (bin.isEmpty()) {
            String why = "No PostgreSQL server programs (initdb, pg_ctl) from `pg_config --bindir` or "
                    + BINDIR_VARIABLE;
            if (Boolean.getBoolean(PostgresTestDatabase.REQUIRED_PROPERTY)) {
                throw new IllegalStateException(why + "; PostgreSQL tests are required");
            }
            Assumptions.abort(why);
        }
        return bin.get();
    }

    private static Optional<Path> pgConfigBindir() {
        try {
            Process process = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0
                    ? Optional.of(Path.of(out)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
