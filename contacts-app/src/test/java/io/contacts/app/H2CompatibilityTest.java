package io.contacts.app;

import io.contacts.persistence.jooq.H2Urls;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Harvest v1 clients' expectations of Rails, met on the default, embedded, on-disk store. */
class H2CompatibilityTest extends CompatibilityContract {

    @TempDir
    Path dataDirectory;

    @Override
    protected String emptyDatabaseUrl() {
        return H2Urls.file(dataDirectory);
    }
}
