package io.contacts.app;

import io.contacts.persistence.jooq.H2Urls;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The discovery routes on the default, embedded, on-disk store. */
class H2DiscoveryTest extends DiscoveryContract {

    @TempDir
    Path dataDirectory;

    @Override
    protected String emptyDatabaseUrl() {
        return H2Urls.file(dataDirectory);
    }
}
