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
 * Long lists share a few places to stream in (4 at once, 2 per user); short lists need none, so a burst of them
 * from one client all get through; while long ones hold every place, another long list is refused with 503 and
 * {@code Retry-After}, and everything else is answered as ever.
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

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
