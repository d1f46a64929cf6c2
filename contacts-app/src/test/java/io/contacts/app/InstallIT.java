package io.contacts.app;

import io.contacts.persistence.jooq.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The install archive ({@code contacts-<version>.tar.gz}) as an operator meets it: unpacked with {@code tar} into a
 * directory of its own, started through {@code bin/contacts} (and through a link to it) from another working
 * directory, with the class-data archive it ships, on the embedded store and on PostgreSQL.
 */
class InstallIT {

    private static final Path ARCHIVE = Path.of(System.getProperty("contacts.install.archive", "missing.tar.gz"));
    /** -Xshare:on makes the JVM refuse to start when the shipped class-data archive does not fit this install. */
    private static final Map<String, String> STARTED = Map.of("CONTACTS_HTTP_PORT", "0",
            "CONTACTS_HTTP_HOST", "127.0.0.1", "CONTACTS_JAVA_OPTS", "-Xshare:on");

    @TempDir
    Path opt;
    @TempDir
    Path elsewhere;
    private Path install;

    @BeforeEach
    void unpack() throws Exception {
        Process tar = new ProcessBuilder("tar", "-xzf", ARCHIVE.toString(), "-C", opt.toString())
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor(ServiceProcess.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).as("tar -xzf %s", ARCHIVE).isZero();
        try (Stream<Path> unpacked = Files.list(opt)) {
            install = unpacked.collect(onlyOne());
        }
    }

    @Test
    void theArchiveHoldsTheLauncherTheJarItsClassDataTheUnitAndTheDocs() throws IOException {
        assertThat(install.getFileName().toString()).matches("contacts-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(Files.getPosixFilePermissions(install.resolve("bin/contacts")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        assertThat(install.resolve("lib/contacts-app.jar")).isRegularFile();
        assertThat(install.resolve("lib/contacts-app.jsa")).isRegularFile();
        assertThat(install.resolve("README.md")).isRegularFile();
        assertThat(install.resolve("docs/operations.md")).isRegularFile();
        assertThat(Files.readString(install.resolve("systemd/contacts.service")))
                .contains("SuccessExitStatus=143", "ExecStart=/opt/contacts/bin/contacts serve");
    }

    @Test
    void startedThroughALinkFromAnotherDirectoryItKeepsItsEmbeddedDatabaseInTheInstall() throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("contacts"), install.resolve("bin/contacts"));
        String password;
        try (ServiceProcess service = ServiceProcess.run(elsewhere, STARTED, List.of(link.toString()))) {
            int port = service.awaitPort();
            password = service.awaitLine("password: +(\\S+)").group(1);
            ApiClient api = ApiClient.basic(port, "admin@example.com", password);
            assertThat(AppOnEmptyDatabase.createClient(api, "Installed")).isPositive();
            service.terminate();
            assertThat(service.awaitExit()).as("stopped by SIGTERM").isEqualTo(143);
        }
        assertThat(install.resolve("data")).isDirectory();
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertThat(left).containsExactly(link);
        }

        // A second start, from yet another directory, finds the same database: no second first start.
        try (ServiceProcess again = ServiceProcess.run(opt, STARTED, List.of(install.resolve("bin/contacts").toString()))) {
            ApiClient api = ApiClient.basic(again.awaitPort(), "admin@example.com", password);
            assertThat(api.get("/clients").body()).contains("Installed");
            assertThat(again.output()).noneMatch(line -> line.contains("First start"));
        }
    }

    @Test
    void onPostgresTheInstallServesTheDatabaseItIsGivenAndMakesNoDataDirectory() throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.started()) {
            Map<String, String> settings = new HashMap<>(STARTED);
            settings.put("CONTACTS_DB_URL", database.jdbcUrl());
            try (ServiceProcess service = ServiceProcess.run(elsewhere, settings,
                    List.of(install.resolve("bin/contacts").toString(), "serve"))) {
                int port = service.awaitPort();
                String password = service.awaitLine("password: +(\\S+)").group(1);
                ApiClient api = ApiClient.basic(port, "admin@example.com", password);
                assertThat(AppOnEmptyDatabase.createClient(api, "On PostgreSQL")).isPositive();
            }
        }
        assertThat(install.resolve("data")).doesNotExist();
    }

    private static java.util.stream.Collector<Path, ?, Path> onlyOne() {
        return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), all -> {
            assertThat(all).hasSize(1);
            return all.get(0);
        });
    }
}
