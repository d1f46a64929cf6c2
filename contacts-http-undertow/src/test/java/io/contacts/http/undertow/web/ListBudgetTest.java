package io.contacts.http.undertow.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists share a few places, a user at most some of them; a place given back is free again, once. */
class ListBudgetTest {

    private final ListBudget budget = new ListBudget(4, 2);

    @Test
    void aUserHoldsAtMostItsShareAndTheRestGoesToOthersUpToTheTotal() {
        assertThat(budget.tryAcquire(1)).isNotNull();
        assertThat(budget.tryAcquire(1)).isNotNull();

        assertThat(budget.tryAcquire(1)).as("the user's share is taken").isNull();
        assertThat(budget.tryAcquire(2)).isNotNull();
        assertThat(budget.tryAcquire(3)).isNotNull();
        assertThat(budget.tryAcquire(4)).as("every place is taken").isNull();
    }

    @Test
    void aPlaceClosedTwiceIsGivenBackOnce() {
        ListBudget.Place place = budget.tryAcquire(1);
        budget.tryAcquire(2);
        budget.tryAcquire(3);
        budget.tryAcquire(4);

        place.close();
        place.close();

        assertThat(budget.tryAcquire(5)).isNotNull();
        assertThat(budget.tryAcquire(6)).isNull();
    }

    @Test
    void aRefusalIsA503WithRetryAfter() {
        HttpProblem refused = ListBudget.refused();

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.headers()).containsEntry("Retry-After", "5");
        assertThat(refused.getMessage()).isEqualTo("Too many lists are being read at once; retry in 5 seconds");
    }
}
