package io.contacts.persistence.jooq;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bounded-memory listing on PostgreSQL, where only a read inside a transaction uses a cursor. */
class PostgresBoundedMemoryTest extends BoundedMemoryListing {

    @RegisterExtension
    static final TestStore STORE = TestStore.postgres();

    @Test
    void aListOfMoreRowsThanTheHeapCanHoldStreamsThrough() {
        aListOfMoreRowsThanTheHeapCanHoldStreamsThrough(STORE.pool(), Dialect.POSTGRES);
    }
}
