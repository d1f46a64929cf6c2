package io.contacts.http.undertow;

import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Test fixture: the real server on a free port over the in-memory domain, with helpers to call it as a user.
 * Started by hand ({@link #start()}), or once per test class as a JUnit extension ({@link #perTestClass()}).
 */
final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private final TestDomain domain;
    private final ContactsHttpServer server;
    private final SimpleMeterRegistry registry;
    private volatile int port;

    private TestServer(TestDomain domain, ContactsHttpServer server, SimpleMeterRegistry registry) {
        this.domain = domain;
        this.server = server;
        this.registry = registry;
    }

    /** Rate limit off, so that tests making many calls never trip it; everything else as the defaults. */
    static TestServer start() {
        return builder().start();
    }

    /**
     * The same server for every test of a class: {@code @RegisterExtension static final TestServer server =
     * TestServer.perTestClass();} starts it before the first test and stops it after the last. Its domain is
     * there from the start, so the class can keep it in a field too.
     */
    static TestServer perTestClass() {
        return builder().build();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        listen();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private TestServer listen() {
        port = server.start();
        return this;
    }

    static Builder builder() {
        return new Builder();
    }

    TestDomain domain() {
        return domain;
    }

    SimpleMeterRegistry registry() {
        return registry;
    }

    ContactsHttpServer server() {
        return server;
    }

    int port() {
        return port;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** A new user in a new account, and a client speaking XML as that user with HTTP Basic. */
    Api newUserApi() {
        return as(domain.newUser());
    }

    Api as(TestUser user) {
        return anonymous().basic(user.email(), user.password());
    }

    /** A Harvest v2 client of that user: its token, its account id, and a User-Agent, JSON bodies. */
    Api v2(TestUser user) {
        return anonymous().with("Authorization", "Bearer " + user.token())
                .with("Harvest-Account-Id", Long.toString(user.account().value()))
                .with("User-Agent", "Contacts tests (tests@example.com)")
                .with("Content-Type", "application/json");
    }

    Api anonymous() {
        return new Api(this);
    }

    @Override
    public void close() {
        server.stop(Duration.ofSeconds(5));
    }

    /** Test fixture builder: what differs from the defaults for one test class. */
    static final class Builder {
        private TestDomain domain = TestDomain.inMemory();
        private UnaryOperator<UseCases> useCases = UnaryOperator.identity();
        private UnaryOperator<HttpSettings> settings = UnaryOperator.identity();
        private Operations operations;

        Builder domain(TestDomain value) {
            domain = value;
            return this;
        }

        Builder useCases(UnaryOperator<UseCases> value) {
            useCases = value;
            return this;
        }

        Builder settings(UnaryOperator<HttpSettings> value) {
            settings = value;
            return this;
        }

        Builder operations(Operations value) {
            operations = value;
            return this;
        }

        TestServer start() {
            return build().listen();
        }

        TestServer build() {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            Operations ops = operations != null ? operations : new Operations(() -> true, () -> "", registry);
            HttpSettings base = HttpSettings.defaults().withPort(0).withRateLimit(RateLimit.off()).withWorkerThreads(8);
            ContactsHttpServer server = new ContactsHttpServer(useCases.apply(domain.useCases()), settings.apply(base),
                    ops, domain.clock());
            return new TestServer(domain, server, registry);
        }
    }
}
