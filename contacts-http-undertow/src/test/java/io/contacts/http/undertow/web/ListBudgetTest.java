package io.contacts.http.undertow.web;

import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lists share a few places; a list that finds none is tried again soon, then less often. */
class ListBudgetTest {

    @Test
    void placesAreTakenWhileThereAreAnyAndGivenBackOnce() {
        ListBudget budget = new ListBudget(2);
        ListBudget.Wait wait = new ListBudget.Wait();
        ListBudget.Place first = budget.acquire(wait);
        budget.acquire(wait);

        assertThatThrownBy(() -> budget.acquire(wait)).isInstanceOf(ListBudget.Full.class);
        first.close();
        first.close();
        budget.acquire(wait);
        assertThatThrownBy(() -> budget.acquire(wait)).isInstanceOf(ListBudget.Full.class);
    }

    @Test
    void aWaitingListTriesAgainSoonThenLessOften() {
        ListBudget.Wait wait = new ListBudget.Wait();

        assertThat(Stream.generate(wait::next).limit(8).map(next -> ((ListBudget.Full) next).retryMillis()))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 32L, 32L);
    }
}
