package io.contacts.app.reliability;

import io.contacts.app.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jar on a PostgreSQL database it cannot use: no server at the address, a refused login, a database that
 * does not exist. Each is one line on standard error naming host and port, status 1, for {@code serve} and for
 * every command that opens the store; standard output stays empty, so that {@code TOKEN=$(… token create …)}
 * captures nothing but a token.
 */
class PostgresStartFailuresIT {

    @TempDir
    Path workingDirectory;

    @Test
    void noServerAtTheAddressIsOneLineNamingItForServeAndEveryCommandThatOpensTheStore() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = free.getLocalPort();
        }
        Map<String, String> environment = Map.of("CONTACTS_HTTP_PORT", "0",
                "CONTACTS_DB_URL", "jdbc:postgresql://127.0.0.1:" + port + "/contacts");
        String expected = "contacts: cannot reach PostgreSQL at 127.0.0.1:" + port + " (Connection refused): start it, "
                + "or correct the host and port in CONTACTS_DB_URL\n";
        for (String[] command : new String[][] {{"serve"}, {"migrate"}, {"token", "create", "--email", "a@b.example"},
            {"account", "create", "--name", "Acme"}}) {
            try (ServiceProcess refused = ServiceProcess.start(workingDirectory, environment, command)) {
                assertThat(refused.awaitExit()).as(command[0]).isEqualTo(1);
                // A command still at work after a second says so first ("contacts: still …"); the failure is one line.
                assertThat(refused.errors().replaceAll("(?m)^contacts: still [^\n]*\n", "")).as(command[0])
                        .isEqualTo(expected);
                if (!command[0].equals("serve")) {
                    assertThat(refused.output()).as(command[0]).isEmpty();
                }
                assertThat(refused.output()).noneMatch(line -> line.startsWith("\tat "));
            }
        }
    }

    @Test
    void aRefusedLoginAndAMissingDatabaseAreOneLineEachNamingTheServer() throws Exception {
        String password = "database password " + UUID.randomUUID();
        try (PrivatePostgres database = PrivatePostgres.start("contacts", password)) {
            String server = "127.0.0.1:" + database.port();
            Map<String, String> environment = new HashMap<>(Map.of("CONTACTS_HTTP_PORT", "0",
                    "CONTACTS_DB_URL", database.jdbcUrl(), "CONTACTS_DB_USER", database.user(),
                    "CONTACTS_DB_PASSWORD", "not the password"));
            try (ServiceProcess refused = ServiceProcess.start(workingDirectory, environment)) {
                assertThat(refused.awaitExit()).isEqualTo(1);
                assertThat(refused.errors()).startsWith("contacts: PostgreSQL at " + server + " refused the login (")
                        .contains("password authentication failed for user \"contacts\"")
                        .endsWith("): check CONTACTS_DB_USER and CONTACTS_DB_PASSWORD\n")
                        .doesNotContain("not the password").hasLineCount(1);
            }

            environment.put("CONTACTS_DB_PASSWORD", password);
            environment.put("CONTACTS_DB_URL", "jdbc:postgresql://" + server + "/no_such_database");
            try (ServiceProcess refused = ServiceProcess.start(workingDirectory, environment, "migrate")) {
                assertThat(refused.awaitExit()).isEqualTo(1);
                assertThat(refused.errors()).isEqualTo("contacts: PostgreSQL at " + server + " has no such database "
                        + "(FATAL: database \"no_such_database\" does not exist): create it (docs/operations.md, "
                        + "PostgreSQL) or correct the name in CONTACTS_DB_URL\n");
                assertThat(refused.output()).isEmpty();
            }
        }
    }
}
