package io.contacts.persistence.jooq;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Bounded-memory listing on the embedded H2 default, on disk: its pages live in this very heap. */
class H2BoundedMemoryTest extends BoundedMemoryListing {

    @Test
    void aListOfMoreRowsThanTheHeapCanHoldStreamsThrough(@TempDir Path directory) {
        try (HikariDataSource pool = Pools.open(H2Urls.file(directory), 3)) {
            aListOfMoreRowsThanTheHeapCanHoldStreamsThrough(pool, Dialect.H2);
        }
    }
}
