package io.contacts.persistence.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The adapter's own promises on a real PostgreSQL database. */
class PostgresStoreBehaviourTest extends StoreBehaviour {

    @RegisterExtension
    static final TestStore STORE = TestStore.postgres();

    @Override
    TestStore store() {
        return STORE;
    }
}
