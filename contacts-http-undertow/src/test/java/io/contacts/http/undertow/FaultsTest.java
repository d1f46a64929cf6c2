package io.contacts.http.undertow;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.StorageUnavailableException;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import io.contacts.http.undertow.web.ErrorResponses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client sees when the store or the code fails: 503 or a generic 500, never the inside; streams closed. */
class FaultsTest {

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static StorageUnavailableException storageDown() {
        return new StorageUnavailableException("pool exhausted",
                new SQLException("SELECT * FROM contacts WHERE account_id = 1 -- org.h2.jdbc.JdbcSQLException"));
    }

    @Test
    void anUnavailableStoreIs503WithAMessageAndNoTrace() {
        server = TestServer.builder()
                .useCases(useCases -> Substitute.listContacts(Substitute.getContact(useCases, (account, id) -> {
                    throw storageDown();
                }), (account, filter) -> {
                    throw storageDown();
                }))
                .start();
        Api api = server.newUserApi();

        Reply one = api.get("/contacts/1");
        Reply list = api.json().get("/contacts");

        assertThat(one.status()).isEqualTo(503);
        assertThat(XPath.value(one.body(), "/hash/message")).isEqualTo("The service is temporarily unavailable; please try again shortly");
        assertThat(list.status()).isEqualTo(503);
        assertThat(one.body()).doesNotContain("pool", "SELECT", "h2");
    }

    @Test
    void aFailureWhileTheFirstRowsAreReadIsStillAProperAnswerAndTheStreamIsClosed() {
        CountDownLatch closed = new CountDownLatch(1);
        server = TestServer.builder()
                .useCases(useCases -> Substitute.listContacts(useCases, (account, filter) ->
                        Stream.<Contact>generate(() -> {
                            throw storageDown();
                        }).onClose(closed::countDown)))
                .start();

        Reply reply = server.newUserApi().get("/contacts");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(awaited(closed)).isTrue();
    }

    @Test
    void aFailureAfterTheResponseStartedCutsTheConnectionSoTheListCannotPassAsWhole() {
        CountDownLatch closed = new CountDownLatch(1);
        TestDomain domain = TestDomain.inMemory();
        TestUser user = domain.newUser();
        Client client = Fixtures.client(domain, user);
        Contact contact = Fixtures.contact(domain, user, client.id());
        server = TestServer.builder()
                .domain(domain)
                .useCases(useCases -> Substitute.listContacts(useCases, (account, filter) ->
                        Stream.concat(Stream.generate(() -> contact).limit(500), Stream.<Contact>generate(() -> {
                            throw storageDown();
                        })).onClose(closed::countDown)))
                .start();
        String response = RawHttp.exchange(server.port(), "GET /contacts HTTP/1.1\r\nAuthorization: "
                + Fixtures.basic(user.email(), user.password()), new byte[0]);

        assertThat(response).startsWith("HTTP/1.1 200").contains("<contact>").doesNotContain("</contacts>");
        assertThat(awaited(closed)).isTrue();
    }

    @Test
    void aStreamIsClosedAfterAListIsWritten() {
        CountDownLatch closed = new CountDownLatch(1);
        server = TestServer.builder()
                .useCases(useCases -> Substitute.listContacts(useCases, (account, filter) ->
                        useCases.listContacts().listContacts(account, filter).onClose(closed::countDown)))
                .start();

        assertThat(server.newUserApi().get("/contacts").status()).isEqualTo(200);
        assertThat(awaited(closed)).isTrue();
    }

    @Test
    void anUnexpectedFailureIsAGeneric500LoggedWithTheRequestId() {
        ListAppender<ILoggingEvent> errors = new ListAppender<>();
        errors.start();
        Logger logger = (Logger) LoggerFactory.getLogger(ErrorResponses.class);
        logger.addAppender(errors);
        try {
            server = TestServer.builder()
                    .useCases(useCases -> Substitute.getContact(useCases, (account, id) -> {
                        throw new IllegalStateException("java.lang.NullPointerException at io.contacts.Secret SQL");
                    }))
                    .start();

            Reply reply = server.newUserApi().with("X-Request-Id", "fault-42").json().get("/contacts/1");

            assertThat(reply.status()).isEqualTo(500);
            assertThat(Json.parse(reply.body()))
                    .isEqualTo(Json.parse("{\"message\":\"Internal server error; please quote request id fault-42\"}"));
            assertThat(errors.list).anySatisfy(event -> {
                assertThat(event.getFormattedMessage()).contains("fault-42");
                assertThat(event.getThrowableProxy()).isNotNull();
            });
        } finally {
            logger.detachAppender(errors);
        }
    }

    private static boolean awaited(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
