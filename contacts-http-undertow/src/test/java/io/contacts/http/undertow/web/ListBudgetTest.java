package io.contacts.http.undertow.web;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lists share a few places, a user at most some of them; a list that finds none after a moment is a 503. */
class ListBudgetTest {

    private final ListBudget budget = new ListBudget(4, 2);

    @Test
    void aUserHoldsAtMostItsShareAndTheRestGoesToOthersUpToTheTotal() {
        budget.acquire(1);
        budget.acquire(1);

        assertThatThrownBy(() -> budget.acquire(1)).isInstanceOfSatisfying(HttpProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.headers()).containsEntry("Retry-After", "5");
            assertThat(problem.getMessage()).isEqualTo("Too many lists are being read at once; retry in 5 seconds");
        });
        budget.acquire(2);
        budget.acquire(3);
        assertThatThrownBy(() -> budget.acquire(4)).isInstanceOf(HttpProblem.class);
    }

    @Test
    void aListWaitsForAPlaceThatIsGivenBackMeanwhile() throws Exception {
        ListBudget patient = new ListBudget(4, 2, 60_000);
        ListBudget.Place first = patient.acquire(1);
        patient.acquire(1);
        CompletableFuture<ListBudget.Place> third = new CompletableFuture<>();
        Thread waiter = new Thread(() -> third.complete(patient.acquire(1)));
        waiter.start();
        while (waiter.getState() != Thread.State.TIMED_WAITING && waiter.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }

        first.close();

        assertThat(third.get(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void aPlaceClosedTwiceIsGivenBackOnce() {
        ListBudget.Place place = budget.acquire(1);
        budget.acquire(2);
        budget.acquire(3);
        budget.acquire(4);

        place.close();
        place.close();

        budget.acquire(5);
        assertThatThrownBy(() -> budget.acquire(6)).isInstanceOf(HttpProblem.class);
    }
}
