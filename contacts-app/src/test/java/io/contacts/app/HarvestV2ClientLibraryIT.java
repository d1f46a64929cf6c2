package io.contacts.app;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.User;
import io.contacts.domain.port.in.CreateUserCommand;
import io.contacts.persistence.jooq.H2Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end: a public Harvest v2 client library (npm's harvest-v2), as its users run it, against the service. */
class HarvestV2ClientLibraryIT {

    /** The node project (package.json, its lock, check.mjs); copied, so that npm writes only under target/. */
    private static final Path PROJECT = basedir().resolve(Path.of("src", "test", "node", "harvest-v2-client"));
    private static final Path WORK = basedir().resolve(Path.of("target", "harvest-v2-client"));
    /** Generous guards against a hung npm or node on a loaded machine, not measures of speed. */
    private static final Duration INSTALL_PATIENCE = Duration.ofMinutes(3);
    private static final Duration CHECK_PATIENCE = Duration.ofMinutes(2);

    @TempDir
    Path dataDirectory;

    @Test
    void theHarvestV2LibraryDoesItsUsersWorkWithOnlyItsBaseUrlChanged() throws Exception {
        copyProject();
        // npm ci installs exactly the locked versions, so the library under test changes only with the lock.
        Run install = run("npm-ci", INSTALL_PATIENCE, Map.of(), npm(), "ci", "--no-audit", "--no-fund");
        assertThat(install.exitCode()).as("npm ci in %s:%n%s", WORK, install.output()).isZero();

        try (TestApp app = TestApp.start(TestApp.config(H2Urls.file(dataDirectory)))) {
            Map<String, String> tenant = newTenant(app);
            Run check = run("check", CHECK_PATIENCE, Map.of(
                    "BASE_URL", "http://127.0.0.1:" + app.port(),
                    "TOKEN", tenant.get("TOKEN"),
                    "ACCOUNT_ID", tenant.get("ACCOUNT_ID")), "node", "check.mjs");

            assertThat(check.exitCode()).as("node check.mjs against the service:%n%s", check.output()).isZero();
            assertThat(check.output()).as("the run's last line").contains("all ").doesNotContain("FAIL");
        }
    }

    /**
     * A new account with one user and a token, made as an operator makes them. Not the first start's account:
     * its id is not 1, so the run shows that the library's {@code Harvest-Account-ID} is the one honoured.
     */
    private static Map<String, String> newTenant(TestApp app) {
        return Administration.run(app.config(), useCases -> {
            Account account = useCases.createAccount().createAccount("Harvest v2 library users");
            User user = useCases.createUser().createUser(new CreateUserCommand(account.id(),
                    "library-user@example.com", "Ada", "Lovelace", "password " + UUID.randomUUID()));
            String token = useCases.issueToken().issueToken(user.email().value()).token();
            return Map.of("ACCOUNT_ID", Long.toString(account.id().value()), "TOKEN", token);
        });
    }

    /** Copies the project's files (not a node_modules a developer may have installed there) into target/. */
    private static void copyProject() throws IOException {
        Files.createDirectories(WORK);
        try (Stream<Path> files = Files.list(PROJECT)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, WORK.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private record Run(int exitCode, String output) {
    }

    /**
     * Runs a command in the copied project and waits for its end. Its output goes to {@code name.log}, so that
     * no pipe fills up and stalls it. A missing program fails the test: CI has node and npm, and a skip would
     * hide that.
     */
    private static Run run(String name, Duration patience, Map<String, String> environment, String... command)
            throws Exception {
        Path log = WORK.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("'" + command[0] + "' could not be started (" + e.getMessage() + "): this test"
                    + " needs Node.js 18 or later with npm on the PATH, as CI has them", e);
        }
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            // npm runs children of its own; end them too, or they outlive the build.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", command) + " did not end within " + patience + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static String npm() {
        // On Windows npm is a batch file, which ProcessBuilder finds only by its full name.
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "npm.cmd" : "npm";
    }

    /** The module's directory: Maven's test plugins set basedir; elsewhere, the working directory. */
    private static Path basedir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }
}
