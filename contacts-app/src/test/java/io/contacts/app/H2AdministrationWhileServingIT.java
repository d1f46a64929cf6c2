package io.contacts.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administration while serving on the default embedded store: the service shares its open database through an
 * H2 server on loopback, named in a note beside the database only while it serves.
 */
class H2AdministrationWhileServingIT extends AdministrationWhileServing {

    @Override
    protected Map<String, String> store() {
        return Map.of();
    }

    @Test
    void theServiceNamesItsServerInANoteOnlyItsUserReadsAndOnlyWhileItServes() throws Exception {
        Path note = workingDirectory.resolve("data/contacts.server");
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of("CONTACTS_HTTP_PORT", "0"))) {
            service.awaitPort();

            assertThat(Files.readString(note)).matches("\\d{1,5} [0-9a-f]{32}");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(note))).isEqualTo("rw-------");

            service.terminate();
            assertThat(service.awaitExit()).isEqualTo(143);
        }
        assertThat(note).doesNotExist();
    }
}
