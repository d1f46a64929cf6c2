package io.contacts.http.undertow;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists share a few places (6 read at once); long ones a few more to stream in (4 at once, 2 per user). A burst of
 * short lists from one client all get through, one after another; a list that finds no place waits a second for
 * one, then is refused with 503 and {@code Retry-After}; everything that is not a list is answered as ever.
 */
class ConcurrentListsTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private TestServer server;

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aBurstOfShortListsFromOneClientAllGetThrough() {
        server = TestServer.start();
        TestUser user = server.domain().newUser();
        Client client = Fixtures.client(server.domain(), user);
        Fixtures.contact(server.domain(), user, client.id());
        Api api = server.as(user);

        List<CompletableFuture<Reply>> lists = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            lists.add(CompletableFuture.supplyAsync(() -> api.get("/clients/" + client.id().value() + "/contacts")));
        }

        assertThat(lists).allSatisfy(list -> assertThat(list.join().status()).isEqualTo(200));
    }

    @Test
    void whileLongListsHoldEveryPlaceAnotherLongListIs503AndTheRestIsAnswered() throws Exception {
        TestDomain domain = TestDomain.inMemory();
        CountDownLatch streaming = new CountDownLatch(4);
        List<TestUser> users = List.of(domain.newUser(), domain.newUser(), domain.newUser());
        Client client = Fixtures.client(domain, users.get(2));
        Contact contact = Fixtures.contact(domain, users.get(2), client.id());
        server = TestServer.builder().domain(domain).useCases(useCases -> Substitute.listContacts(useCases,
                (account, filter) -> Stream.iterate(1, i -> i + 1).limit(1_000).map(i -> {
                    if (i == 200) {
                        // Far past what is held in memory: streaming, with its place held, until released.
                        streaming.countDown();
                        awaitRelease();
                    }
                    return contact;
                }))).start();

        List<CompletableFuture<Reply>> held = new ArrayList<>();
        for (TestUser user : users.subList(0, 2)) {
            for (int i = 0; i < 2; i++) {
                held.add(CompletableFuture.supplyAsync(() -> server.as(user).get("/contacts")));
            }
        }
        assertThat(streaming.await(30, TimeUnit.SECONDS)).isTrue();

        Reply refused = server.as(users.get(2)).get("/contacts");
        Reply shortList = server.as(users.get(2)).get("/clients");
        Reply single = server.as(users.get(2)).get("/contacts/" + contact.id().value());
        release.countDown();

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).contains("5");
        assertThat(XPath.value(refused.body(), "/hash/message"))
                .isEqualTo("Too many long lists are being sent at once; retry in 5 seconds");
        assertThat(shortList.status()).isEqualTo(200);
        assertThat(single.status()).isEqualTo(200);
        assertThat(held).allSatisfy(list -> {
            Reply whole = list.get(30, TimeUnit.SECONDS);
            assertThat(whole.status()).isEqualTo(200);
            assertThat(XPath.count(whole.body(), "/contacts/contact")).isEqualTo(1_000);
        });
    }

    @Test
    void whileListsHoldEveryPlaceAnotherWaitsAndGetsOneWhenItFreesOrA503AfterASecond() throws Exception {
        TestDomain domain = TestDomain.inMemory();
        CountDownLatch reading = new CountDownLatch(6);
        server = TestServer.builder().domain(domain).useCases(useCases -> Substitute.listContacts(useCases,
                (account, filter) -> {
                    reading.countDown();
                    awaitRelease();
                    return Stream.<Contact>empty();
                })).start();
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());

        List<CompletableFuture<Reply>> held = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            held.add(CompletableFuture.supplyAsync(() -> server.as(user).get("/contacts")));
        }
        assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();

        Reply refused = server.as(user).get("/clients");
        Reply single = server.as(user).get("/contacts/" + contact.id().value());
        CompletableFuture<Reply> waiting = CompletableFuture.supplyAsync(() -> server.as(user).get("/clients"));
        release.countDown();

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).contains("5");
        assertThat(XPath.value(refused.body(), "/hash/message"))
                .isEqualTo("Too many lists are being read at once; retry in 5 seconds");
        assertThat(single.status()).isEqualTo(200);
        assertThat(waiting.get(30, TimeUnit.SECONDS).status()).as("a list given a place as one frees").isEqualTo(200);
        assertThat(held).allSatisfy(list -> assertThat(list.get(30, TimeUnit.SECONDS).status()).isEqualTo(200));
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
