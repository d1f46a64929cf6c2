package io.contacts.persistence.jooq;

import io.contacts.domain.model.DuplicateClientNameException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adapter's own promises on an in-memory H2 database, where each write is a unit (a savepoint) of its own. */
class H2StoreBehaviourTest extends StoreBehaviour {

    @RegisterExtension
    static final TestStore STORE = TestStore.h2();

    @Override
    TestStore store() {
        return STORE;
    }

    @Test
    void aRefusedWriteLeavesTheCallersTransactionUsable() {
        stores().transactions().inTransaction(() -> {
            newClient("Taken");
            assertThatThrownBy(() -> newClient("Taken")).isInstanceOf(DuplicateClientNameException.class);
            return newClient("Free");
        });

        assertThat(clientNames()).containsExactly("Client", "Taken", "Free");
    }
}
