package io.contacts.app;

import io.contacts.persistence.jooq.H2Urls;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Imports into the service on its default, embedded, on-disk store. */
class H2ImportEndToEndTest extends ImportEndToEndContract {

    @TempDir
    Path dataDirectory;

    @Override
    protected String emptyDatabaseUrl() {
        return H2Urls.file(dataDirectory);
    }
}
