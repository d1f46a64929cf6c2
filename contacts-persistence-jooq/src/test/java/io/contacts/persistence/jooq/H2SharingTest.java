package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariDataSource;
import io.contacts.domain.model.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An open embedded database, shared with other processes through a server on loopback, found by its note. */
class H2SharingTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123456Z");

    @TempDir
    Path directory;

    @Test
    void anotherProcessWorksOnTheOpenDatabaseThroughItsServer() throws Exception {
        String url = H2Urls.file(directory);
        try (HikariDataSource owner = Pools.open(url, 3)) {
            JooqStores mine = JooqStores.create(owner, Dialect.H2);
            mine.migrate();
            Account first = mine.stores().accounts().add("First", T0);
            Account second;
            try (H2Sharing sharing = H2Sharing.start(url).orElseThrow()) {
                String theirs = H2Sharing.urlToOpen(url);
                assertThat(theirs).startsWith("jdbc:h2:tcp://127.0.0.1:");
                try (HikariDataSource other = Pools.open(theirs, 3)) {
                    JooqStores through = JooqStores.create(other, Dialect.H2);
                    assertThat(through.stores().accounts().find(first.id())).contains(first);
                    second = through.stores().accounts().add("Second", T0);
                }
            }
            assertThat(mine.stores().accounts().list()).containsExactly(first, second);
        }
        assertThat(note()).doesNotExist();
        assertThat(H2Sharing.urlToOpen(url)).isEqualTo(url);
    }

    @Test
    void theNoteIsItsOwnersAloneAndTheServerListensOnLoopbackOnly() throws Exception {
        String url = H2Urls.file(directory);
        try (HikariDataSource owner = Pools.open(url, 3); H2Sharing sharing = H2Sharing.start(url).orElseThrow()) {
            if (Files.getFileStore(note()).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(note()))).isEqualTo("rw-------");
            }
            int port = Integer.parseInt(Files.readString(note()).split(" ")[0]);
            assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "the kernel's socket tables (Linux) tell where");
            // Listening sockets (state 0A) on that port, in either table: each on 127.0.0.1, written 0100007F, or
            // as ::ffff:127.0.0.1 in the IPv6 table (where Java puts an IPv4 socket on a dual-stack system).
            String hexPort = HexFormat.of().toHexDigits((short) port).toUpperCase(Locale.ROOT);
            List<String> listening = new ArrayList<>();
            for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
                if (Files.isReadable(Path.of(table))) {
                    Files.readAllLines(Path.of(table)).stream().map(line -> line.strip().split("\\s+"))
                            .filter(fields -> fields[1].endsWith(":" + hexPort) && fields[3].equals("0A"))
                            .forEach(fields -> listening.add(fields[1]));
                }
            }
            assertThat(listening).isNotEmpty().allSatisfy(local -> assertThat(local)
                    .isIn("0100007F:" + hexPort, "0000000000000000FFFF00000100007F:" + hexPort));
        }
    }

    @Test
    void aNoteNoServerAnswersIsIgnored() throws Exception {
        int deadPort;
        try (ServerSocket closed = new ServerSocket(0)) {
            deadPort = closed.getLocalPort();
        }
        String url = H2Urls.file(directory);
        Files.writeString(note(), deadPort + " 0123456789abcdef");

        assertThat(H2Sharing.urlToOpen(url)).isEqualTo(url);
    }

    @Test
    void onlyAnOnDiskH2DatabaseIsShared() {
        String memory = H2Urls.memory("not-shared");
        String postgres = "jdbc:postgresql://127.0.0.1:5432/contacts";

        assertThat(H2Sharing.start(memory)).isEmpty();
        assertThat(H2Sharing.start(postgres)).isEmpty();
        assertThat(H2Sharing.urlToOpen(postgres)).isEqualTo(postgres);
    }

    private Path note() {
        return directory.resolve(H2Urls.FILE_NAME + H2Sharing.NOTE_SUFFIX);
    }
}
