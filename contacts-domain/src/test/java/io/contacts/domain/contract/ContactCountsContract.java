package io.contacts.domain.contract;

import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.UnknownClientException;
import io.contacts.domain.model.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.contacts.domain.testdata.ContactTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of the {@link io.contacts.domain.port.out.Contacts} port's counts (a list's {@code total_entries}): always
 * the number of contacts the list holds, through adds, deletes, moves, refused writes, undone units and concurrent
 * writers — however a store keeps it.
 */
public abstract class ContactCountsContract extends ContactsInAnAccount {

    @Test
    void theCountFollowsAddsAndDeletesAndIgnoresRefusedOnes() {
        List<Contact> added = IntStream.range(0, 4).mapToObj(i -> newContact(account, client)).toList();
        assertCounted(4);

        assertThat(contacts.remove(account, added.get(0).id(), OptionalLong.empty())).isTrue();
        assertThat(contacts.remove(account, added.get(0).id(), OptionalLong.empty())).isFalse();
        assertThat(contacts.remove(account, added.get(1).id(), OptionalLong.of(added.get(1).version() + 1)))
                .isFalse();
        assertThat(contacts.remove(newAccount(), added.get(2).id(), OptionalLong.empty())).isFalse();
        assertThatThrownBy(() -> contacts.add(account, aContact().forClient(Long.MAX_VALUE).build(), T0))
                .isInstanceOf(UnknownClientException.class);

        assertCounted(3);
    }

    @Test
    void movingAContactToAnotherClientKeepsTheAccountsCountAndMovesTheClientsOnes() {
        ClientId second = newClient(account).id();
        Contact moving = newContact(account, client);
        newContact(account, client);

        contacts.update(account, moving.id(), aContact().forClient(second).toChanges(), OptionalLong.empty(),
                T0.plusSeconds(1));

        assertCounted(2);
        assertThat(contacts.count(account, ContactFilter.ofClient(client))).isEqualTo(1);
        assertThat(contacts.count(account, ContactFilter.ofClient(second))).isEqualTo(1);
    }

    @Test
    void writesOfAnUndoneUnitAreNotCounted() {
        Contact kept = newContact(account, client);
        ValidationException failure = ValidationException.of("undone");

        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
            newContact(account, client);
            contacts.remove(account, kept.id(), OptionalLong.empty());
            throw failure;
        })).isSameAs(failure);

        assertCounted(1);
    }

    @Test
    void concurrentAddsAndDeletesOfOneAccountAreCountedExactly() throws Exception {
        int writers = 6;
        int rounds = 25;
        ClientId second = newClient(account).id();
        ConcurrentLinkedQueue<ContactId> kept = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                ClientId of = writer % 2 == 0 ? client : second;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < rounds; round++) {
                        Contact added = newContact(account, of);
                        if (round % 3 == 0) {
                            contacts.remove(account, added.id(), OptionalLong.empty());
                        } else {
                            kept.add(added.id());
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertCounted(kept.size());
    }

    /** The kept count, and what listing the account's contacts one by one finds, are both {@code expected}. */
    private void assertCounted(long expected) {
        assertThat(contacts.count(account, ContactFilter.all())).isEqualTo(expected);
        try (var listed = contacts.list(account, ContactFilter.all())) {
            assertThat(listed.count()).isEqualTo(expected);
        }
    }
}
