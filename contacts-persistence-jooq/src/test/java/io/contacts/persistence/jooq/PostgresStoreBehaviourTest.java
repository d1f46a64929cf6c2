package io.contacts.persistence.jooq;

import io.contacts.domain.model.DuplicateClientNameException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The adapter's own promises on a real PostgreSQL database, where a write takes part in the thread's transaction as it is. */
class PostgresStoreBehaviourTest extends StoreBehaviour {

    @RegisterExtension
    static final TestStore STORE = TestStore.postgres();

    @Override
    TestStore store() {
        return STORE;
    }

    @Test
    void aUnitThatCarriesOnAfterARefusedWriteIsNotCommitted() {
        Throwable end = catchThrowable(() -> stores().transactions().inTransaction(() -> {
            newClient("Before");
            assertThatThrownBy(() -> newClient("Before")).isInstanceOf(DuplicateClientNameException.class);
            return null;
        }));

        assertThat(end).as("the unit cannot commit").isNotNull();
        assertThat(clientNames()).containsExactly("Client");
    }
}
