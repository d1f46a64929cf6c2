package io.contacts.persistence.jooq;

import org.h2.tools.Server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Driven adapter: an embedded H2 file database this process has open, shared with other processes (administration
 * commands) while it runs — H2's mixed mode, set up here because its automatic form, {@code AUTO_SERVER=TRUE},
 * requires H2 to close the database from its own shutdown hook, under requests still draining.
 *
 * <p>The process that opened the file starts an H2 TCP server for that one database: on 127.0.0.1 only
 * ({@link H2Urls#serveOnLoopbackOnly}), refusing connections from any other host, under a random key; and writes
 * its port and key into a note beside the database ({@code contacts.server}), readable by its owner only. A process
 * about to open the same file URL asks {@link #urlToOpen} and, while a server answers at the noted port, connects
 * through it instead. The server and its note go when this is closed, before the database.
 */
public final class H2Sharing implements AutoCloseable {

    /** The note's name: the database's, with this in place of {@code .mv.db}. */
    static final String NOTE_SUFFIX = ".server";
    private static final String FILE_URL = "jdbc:h2:file:";
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    private final Server server;
    private final Path note;

    private H2Sharing(Server server, Path note) {
        this.server = server;
        this.note = note;
    }

    /**
     * The URL a process should open for {@code url}: for an H2 file database another process shares, the URL of that
     * process's server; otherwise {@code url} itself (any other database, no note, or a note no server answers).
     */
    public static String urlToOpen(String url) {
        return databasePath(url).flatMap(H2Sharing::liveServer).orElse(url);
    }

    /**
     * Shares the H2 file database of {@code url}, which this process has open, until closed. For any other URL (or
     * a URL that already goes through another process's server) it shares nothing.
     *
     * @throws IllegalStateException when the server cannot start or its note cannot be written
     */
    public static Optional<H2Sharing> start(String url) {
        Optional<String> database = databasePath(url);
        if (database.isEmpty()) {
            return Optional.empty();
        }
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String key = HexFormat.of().formatHex(secret);
        Server server;
        try {
            server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-ifExists", "-key", key,
                    database.get()).start();
        } catch (SQLException e) {
            throw new IllegalStateException("could not share the embedded database with other processes: "
                    + e.getMessage(), e);
        }
        Path note = Path.of(database.get() + NOTE_SUFFIX);
        try {
            writePrivately(note, server.getPort() + " " + key);
        } catch (IOException e) {
            server.stop();
            throw new UncheckedIOException("could not write " + note, e);
        }
        return Optional.of(new H2Sharing(server, note));
    }

    /** Stops sharing: the note first, so that no new process is sent to a server about to go. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(note);
        } catch (IOException e) {
            // A note left behind names a server that no longer answers: urlToOpen ignores it.
        } finally {
            server.stop();
        }
    }

    /** The file path of an on-disk H2 database URL, as the server names the database. */
    private static Optional<String> databasePath(String url) {
        if (!url.startsWith(FILE_URL)) {
            return Optional.empty();
        }
        int options = url.indexOf(';');
        return Optional.of(url.substring(FILE_URL.length(), options < 0 ? url.length() : options));
    }

    private static Optional<String> liveServer(String database) {
        Path note = Path.of(database + NOTE_SUFFIX);
        String[] portAndKey;
        try {
            portAndKey = Files.readString(note, StandardCharsets.US_ASCII).strip().split(" ");
        } catch (IOException noNote) {
            return Optional.empty();
        }
        if (portAndKey.length != 2 || !portAndKey[0].matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int port = Integer.parseInt(portAndKey[0]);
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
        } catch (IOException gone) {
            return Optional.empty(); // left by a process that was killed: open the file itself
        }
        return Optional.of("jdbc:h2:tcp://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port + "/"
                + portAndKey[1]);
    }

    /** Writes the note whole (a reader never sees half of it), readable by its owner only where the system says so. */
    private static void writePrivately(Path note, String content) throws IOException {
        Path directory = note.toAbsolutePath().getParent();
        Path draft = Files.createTempFile(directory, "contacts", NOTE_SUFFIX);
        try {
            if (Files.getFileStore(draft).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(draft, content, StandardCharsets.US_ASCII);
            Files.move(draft, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(draft);
        }
    }
}
