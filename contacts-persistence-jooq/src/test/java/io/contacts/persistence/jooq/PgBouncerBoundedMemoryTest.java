package io.contacts.persistence.jooq;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bounded-memory listing through PgBouncer in transaction mode: the cursor lives in the list's transaction, which
 * the pooler keeps on one server session from its first fetch to its last.
 */
class PgBouncerBoundedMemoryTest extends BoundedMemoryListing {

    @RegisterExtension
    static final TestStore STORE = TestStore.pgBouncer();

    @Test
    void aListOfMoreRowsThanTheHeapCanHoldStreamsThroughThePooler() {
        aListOfMoreRowsThanTheHeapCanHoldStreamsThrough(STORE.pool(), Dialect.POSTGRES);
    }
}
