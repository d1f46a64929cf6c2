package io.contacts.domain.contract;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFilter;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.PageRequest;
import io.contacts.domain.port.out.Clients;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static io.contacts.domain.testdata.ClientTestData.aClient;
import static org.assertj.core.api.Assertions.assertThat;

/** Contract of the {@link Clients} port's pages: newest first, filtered, counted, and walked as contacts are. */
public abstract class ClientPagesContract extends ClientsInAnAccount {

    @Test
    void newestFirstGivesTheAccountsClientsByDescendingIdAndCountCountsThem() {
        Client a = newClient(account);
        Client b = newClient(account);
        Client c = newClient(account);
        newClient(newAccount());

        assertThat(clients.newestFirst(account, ClientFilter.all(), PageRequest.first(10), 10))
                .containsExactly(c, b, a);
        assertThat(clients.count(account, ClientFilter.all())).isEqualTo(3);
        assertThat(clients.count(newAccount(), ClientFilter.all())).isZero();
    }

    @Test
    void newestFirstAndCountMatchTheActiveAndUpdatedSinceFilters() {
        Client oldActive = clients.add(account, aClient().build(), T0.minusSeconds(60));
        Client inactive = clients.add(account, aClient().active(false).build(), T0);
        Client active = clients.add(account, aClient().build(), T0);
        Client later = clients.add(account, aClient().build(), T0.plusNanos(1_000));
        Optional<Instant> since = Optional.of(T0);

        assertThat(newestIds(ClientFilter.active(true), PageRequest.first(10)))
                .containsExactly(later.id(), active.id(), oldActive.id());
        assertThat(newestIds(ClientFilter.active(false), PageRequest.first(10))).containsExactly(inactive.id());
        assertThat(newestIds(ClientFilter.all().updatedSince(since), PageRequest.first(10)))
                .containsExactly(later.id(), active.id(), inactive.id());
        assertThat(newestIds(ClientFilter.active(true).updatedSince(since), PageRequest.first(10)))
                .containsExactly(later.id(), active.id());
        assertThat(clients.count(account, ClientFilter.active(true))).isEqualTo(3);
        assertThat(clients.count(account, ClientFilter.active(false).updatedSince(since))).isEqualTo(1);
        assertThat(clients.count(account, ClientFilter.all().updatedSince(Optional.of(T0.plusSeconds(1))))).isZero();
    }

    @Test
    void pagesFollowSmallerIdsOrSkipByNumberAndHoldAtMostTheLimit() {
        List<ClientId> added = IntStream.range(0, 5).mapToObj(i -> newClient(account).id()).toList();

        assertThat(newestIds(ClientFilter.all(), PageRequest.first(2), 3))
                .containsExactly(added.get(4), added.get(3), added.get(2));
        assertThat(newestIds(ClientFilter.active(true), PageRequest.following(added.get(2).value(), 2)))
                .containsExactly(added.get(1), added.get(0));
        assertThat(newestIds(ClientFilter.all(), PageRequest.numbered(2, 2))).containsExactly(added.get(2),
                added.get(1));
        assertThat(newestIds(ClientFilter.all(), PageRequest.numbered(3, 2))).containsExactly(added.get(0));
        assertThat(newestIds(ClientFilter.all(), PageRequest.numbered(4, 2))).isEmpty();
    }

    @Test
    void followingPagesNeitherSkipNorRepeatAClientWhileOthersAreAddedAndDeleted() {
        List<Long> existing = IntStream.range(0, 11).mapToObj(i -> newClient(account).id().value())
                .sorted(Comparator.reverseOrder()).toList();

        FollowingWalk walk = FollowingWalk.walk(existing, 3,
                page -> newestIds(ClientFilter.all(), page).stream().map(ClientId::value).toList(),
                () -> newClient(account),
                id -> clients.remove(account, ClientId.of(id), 1));

        assertThat(walk.seen()).doesNotHaveDuplicates().containsAll(walk.stayed(existing)).isSubsetOf(existing);
    }

    private List<ClientId> newestIds(ClientFilter filter, PageRequest page) {
        return newestIds(filter, page, page.size());
    }

    private List<ClientId> newestIds(ClientFilter filter, PageRequest page, int limit) {
        return clients.newestFirst(account, filter, page, limit).stream().map(Client::id).toList();
    }
}
