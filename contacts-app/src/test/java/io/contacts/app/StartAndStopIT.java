package io.contacts.app;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting and stopping the shipped jar as an operator does, on the embedded store: a start the environment stops is
 * one line on standard error naming the port or path, with status 1, and leaves no first login unseen; a bad setting
 * is one line with status 2 before anything is made; Ctrl-C and SIGTERM end the service with 130 and 143.
 */
class StartAndStopIT {

    private static final String LOCALHOST = "127.0.0.1";

    @TempDir
    Path workingDirectory;

    @Test
    void aTakenPortStopsTheFirstStartInOneLineAndTheNextStartShowsALoginThatWorks() throws Exception {
        String data = workingDirectory.toRealPath().resolve("data").toString();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(LOCALHOST))) {
            int port = taken.getLocalPort();
            try (ServiceProcess refused = ServiceProcess.start(workingDirectory,
                    Map.of("CONTACTS_HTTP_PORT", Integer.toString(port)))) {
                assertThat(refused.awaitExit()).isEqualTo(1);
                assertThat(refused.errors()).isEqualTo("contacts: port " + port + " on 127.0.0.1 is already in use: "
                        + "stop the other process or set CONTACTS_HTTP_PORT\n");
                assertThat(refused.output()).noneMatch(line -> line.contains("password")).noneMatch(StartAndStopIT::trace)
                        .anyMatch(line -> line.contains("Embedded database in " + data));
            }
        }

        try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of("CONTACTS_HTTP_PORT", "0"))) {
            int port = service.awaitPort();
            String login = service.awaitLine("login: +(\\S+)").group(1);
            String password = service.awaitLine("password: +(\\S+)").group(1);
            assertThat(ApiClient.basic(port, login, password).get("/account/who_am_i").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aSecondServiceOnTheSameEmbeddedDatabaseIsRefusedInOneLineAndTheFirstServesOn() throws Exception {
        String data = workingDirectory.toRealPath().resolve("data").toString();
        try (ServiceProcess first = ServiceProcess.start(workingDirectory, Map.of("CONTACTS_HTTP_PORT", "0"))) {
            int port = first.awaitPort();
            String password = first.awaitLine("password: +(\\S+)").group(1);
            try (ServiceProcess second = ServiceProcess.start(workingDirectory, Map.of("CONTACTS_HTTP_PORT", "0"))) {
                assertThat(second.awaitExit()).isEqualTo(1);
                assertThat(second.errors()).startsWith("contacts: the embedded database in " + data
                        + " is already served by another process").doesNotContain("\tat ");
            }
            assertThat(ApiClient.basic(port, "admin@example.com", password).get("/account/who_am_i").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void withDebugTheFailureIsFollowedByItsStackTraceOnStandardErrorAndNothingOfItOnStandardOutput() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(LOCALHOST));
             ServiceProcess refused = ServiceProcess.start(workingDirectory,
                     Map.of("CONTACTS_HTTP_PORT", Integer.toString(taken.getLocalPort())), "serve", "--debug")) {
            assertThat(refused.awaitExit()).isEqualTo(1);
            List<String> errors = refused.errors().lines().toList();
            assertThat(errors.get(0)).startsWith("contacts: port " + taken.getLocalPort() + " on 127.0.0.1 is already");
            assertThat(errors).anyMatch(StartAndStopIT::trace).anyMatch(line -> line.contains("Address already in use"));
            assertThat(refused.output()).noneMatch(StartAndStopIT::trace);
        }
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenStopsTheStartInOneLineNamingIt() throws Exception {
        Path data = Files.createDirectory(workingDirectory.resolve("read-only"));
        try (ReadOnly ignored = ReadOnly.make(data);
             ServiceProcess refused = ServiceProcess.start(workingDirectory, Map.of("CONTACTS_HTTP_PORT", "0",
                     "CONTACTS_DATA_DIR", "read-only"))) {
            assertThat(refused.awaitExit()).isEqualTo(1);
            assertThat(refused.errors()).isEqualTo("contacts: cannot write the data directory "
                    + data.toRealPath() + " (permission denied): make it writable for the user that runs the "
                    + "service, or set CONTACTS_DATA_DIR to another directory\n");
            assertThat(refused.output()).noneMatch(StartAndStopIT::trace);
        }
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void theDataDirectorySettingKeepsOneDatabaseWhateverTheWorkingDirectory() throws Exception {
        Path data = workingDirectory.resolve("var");
        Path first = Files.createDirectory(workingDirectory.resolve("first"));
        Path second = Files.createDirectory(workingDirectory.resolve("second"));
        Map<String, String> environment = Map.of("CONTACTS_HTTP_PORT", "0", "CONTACTS_DATA_DIR", data.toString());
        String password;
        try (ServiceProcess service = ServiceProcess.start(first, environment)) {
            service.awaitLine("Embedded database in " + Pattern.quote(data.toString()));
            service.awaitPort();
            password = service.awaitLine("password: +(\\S+)").group(1);
        }
        try (ServiceProcess again = ServiceProcess.start(second, environment)) {
            int port = again.awaitPort();
            assertThat(ApiClient.basic(port, "admin@example.com", password).get("/account/who_am_i").statusCode())
                    .isEqualTo(200);
            assertThat(again.output()).noneMatch(line -> line.contains("First start"));
        }
        assertThat(first.resolve("data")).doesNotExist();
        assertThat(second.resolve("data")).doesNotExist();
        assertThat(data.resolve("contacts.mv.db")).isRegularFile();
    }

    @Test
    void aBadValueOfAnySettingIsOneLineAndStatus2AndNothingIsMade() throws Exception {
        Path file = Files.writeString(workingDirectory.resolve("a-file"), "not a directory");
        Map<String, String> refusals = Map.of(
                "CONTACTS_LOG_LEVEL", "verbose",
                "CONTACTS_LOG_FORMAT", "xml",
                "CONTACTS_DATA_DIR", file.toString(),
                "CONTACTS_HTTP_HOST", "no-such-host.invalid",
                "CONTACTS_BOOTSTRAP_EMAIL", "admin-at-example.com");
        for (Map.Entry<String, String> setting : refusals.entrySet()) {
            try (ServiceProcess refused = ServiceProcess.start(workingDirectory, Map.of(setting.getKey(),
                    setting.getValue(), "CONTACTS_HTTP_PORT", "0"))) {
                assertThat(refused.awaitExit()).as(setting.getKey()).isEqualTo(2);
                assertThat(refused.errors()).as(setting.getKey())
                        .startsWith("contacts: invalid configuration: " + setting.getKey() + "=")
                        .hasLineCount(1);
                assertThat(refused.output()).as(setting.getKey()).isEmpty();
            }
        }
        assertThat(workingDirectory.resolve("data")).doesNotExist();
    }

    @Test
    void ctrlCAndSigtermStopTheServiceWith130And143() throws Exception {
        try (ServiceProcess service = ServiceProcess.startInterruptible(workingDirectory,
                Map.of("CONTACTS_HTTP_PORT", "0"))) {
            service.awaitPort();
            service.interrupt();
            assertThat(service.awaitExit()).as("stopped by SIGINT").isEqualTo(130);
            assertThat(service.output()).as(service.errors()).anyMatch(line -> line.contains("HTTP server stopped"));
        }
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of("CONTACTS_HTTP_PORT", "0"))) {
            service.awaitPort();
            service.terminate();
            assertThat(service.awaitExit()).as("stopped by SIGTERM").isEqualTo(143);
            assertThat(service.output()).as(service.errors()).anyMatch(line -> line.contains("HTTP server stopped"));
        }
    }

    private static boolean trace(String line) {
        return line.startsWith("\tat ") || line.startsWith("Caused by: ");
    }

    /**
     * A directory the service cannot write: by its permissions, or — for root, whom permissions do not stop — by
     * the immutable attribute ({@code chattr +i}). Where neither holds, the test is skipped: it would prove nothing.
     */
    private record ReadOnly(Path directory, boolean immutable) implements AutoCloseable {

        static ReadOnly make(Path directory) throws IOException, InterruptedException {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("r-xr-xr-x"));
            boolean immutable = false;
            if (Files.isWritable(directory)) {
                immutable = chattr("+i", directory);
            }
            ReadOnly readOnly = new ReadOnly(directory, immutable);
            if (Files.isWritable(directory)) {
                readOnly.close();
                Assumptions.abort("cannot make a directory this user cannot write");
            }
            return readOnly;
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (immutable) {
                chattr("-i", directory);
            }
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        private static boolean chattr(String flag, Path path) throws InterruptedException {
            try {
                Process chattr = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
                chattr.getInputStream().readAllBytes();
                return chattr.waitFor(ServiceProcess.PATIENCE.toSeconds(), TimeUnit.SECONDS) && chattr.exitValue() == 0;
            } catch (IOException noChattr) {
                return false;
            }
        }
    }
}
