package io.contacts.http.undertow.web;

import io.contacts.http.undertow.web.HttpProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Long lists share a few places, a user at most some of them; a place given back is free again, once. */
class StreamBudgetTest {

    private final StreamBudget budget = new StreamBudget(4, 2);

    @Test
    void aUserHoldsAtMostItsShareAndTheRestGoesToOthersUpToTheTotal() {
        budget.acquire(1L);
        budget.acquire(1L);

        assertThatThrownBy(() -> budget.acquire(1L)).isInstanceOfSatisfying(HttpProblem.class, refused -> {
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.headers()).containsEntry("Retry-After", "5");
            assertThat(refused.getMessage()).isEqualTo("Too many long lists are being sent at once; retry in 5 seconds");
        });
        budget.acquire(2L);
        budget.acquire(null);
        assertThatThrownBy(() -> budget.acquire(3L)).as("every place is taken").isInstanceOf(HttpProblem.class);
    }

    @Test
    void aPlaceClosedTwiceIsGivenBackOnce() {
        StreamBudget.Place place = budget.acquire(1L);
        budget.acquire(2L);
        budget.acquire(3L);
        budget.acquire(4L);

        place.close();
        place.close();

        budget.acquire(5L);
        assertThatThrownBy(() -> budget.acquire(6L)).isInstanceOf(HttpProblem.class);
    }
}
