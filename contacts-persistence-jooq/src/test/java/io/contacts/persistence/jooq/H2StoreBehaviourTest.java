package io.contacts.persistence.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The adapter's own promises on an in-memory H2 database. */
class H2StoreBehaviourTest extends StoreBehaviour {

    @RegisterExtension
    static final TestStore STORE = TestStore.h2();

    @Override
    TestStore store() {
        return STORE;
    }
}
