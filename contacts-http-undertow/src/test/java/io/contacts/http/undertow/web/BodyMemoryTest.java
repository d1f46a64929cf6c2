package io.contacts.http.undertow.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bytes of bodies held at once stay within the budget; what is given back can be taken again. */
class BodyMemoryTest {

    @Test
    void bytesAreTakenWhileTheyFitAndGivenBack() {
        BodyMemory memory = new BodyMemory(1_000);

        assertThat(memory.take(600)).isTrue();
        assertThat(memory.take(500)).as("past the budget: nothing taken").isFalse();
        assertThat(memory.take(400)).isTrue();
        assertThat(memory.take(1)).isFalse();

        memory.giveBack(600);

        assertThat(memory.take(600)).isTrue();
    }
}
