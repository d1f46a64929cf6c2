package io.contacts.app;

import io.contacts.persistence.jooq.H2Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The service on its default, embedded, on-disk store. */
class H2EndToEndTest extends EndToEndContract {

    @TempDir
    Path dataDirectory;

    @Override
    protected String emptyDatabaseUrl() {
        return H2Urls.file(dataDirectory);
    }

    @Test
    void theFirstStartCreatesTheLoginOnceAndARestartKeepsEverything() {
        assertThat(app.bootstraps()).singleElement()
                .satisfies(login -> assertThat(login.user().email().value()).isEqualTo(TestApp.EMAIL));
        long client = createClient(app.admin(), "Kept Ltd");
        app.close();

        app = TestApp.start(app.config());

        assertThat(app.bootstraps()).isEmpty();
        assertThat(Xml.text(app.admin().get("/clients/" + client).body(), "/client/name")).isEqualTo("Kept Ltd");
    }
}
