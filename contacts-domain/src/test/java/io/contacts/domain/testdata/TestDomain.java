package io.contacts.domain.testdata;

import io.contacts.domain.memory.InMemoryStores;
import io.contacts.domain.model.Account;
import io.contacts.domain.model.User;
import io.contacts.domain.port.in.CreateUserCommand;
import io.contacts.domain.port.in.SignInPolicy;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.port.out.Secrets;
import io.contacts.domain.port.out.Stores;
import io.contacts.domain.service.DomainServices;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * The whole domain on a given store with a hand-moved clock, cheap hashing and the default sign-in policy: what a
 * test of a driving adapter (a transport, a command line) needs behind it, plus a one-call way to get a signed-up
 * user.
 */
public final class TestDomain {

    public static final String PASSWORD = "correct horse battery staple";

    private final Stores stores;
    private final MutableClock clock;
    private final UseCases useCases;

    private TestDomain(Function<Clock, Stores> stores, Secrets secrets, SignInPolicy signIns) {
        this.clock = MutableClock.at(Instant.parse("2008-04-09T12:07:56Z"));
        this.stores = stores.apply(clock);
        this.useCases = DomainServices.create(this.stores, clock, secrets, signIns);
    }

    /** In memory, its tallies (the sign-in brake's windows) on the test's clock. */
    public static TestDomain inMemory() {
        return new TestDomain(InMemoryStores::create, TestSecrets.fast(), SignInPolicy.defaults());
    }

    public static TestDomain on(Stores stores) {
        return new TestDomain(clock -> stores, TestSecrets.fast(), SignInPolicy.defaults());
    }

    /** In memory, with another sign-in policy, and secrets a test may count the hashing of. */
    public static TestDomain inMemory(SignInPolicy signIns, Secrets secrets) {
        return new TestDomain(InMemoryStores::create, secrets, signIns);
    }

    public Stores stores() {
        return stores;
    }

    public MutableClock clock() {
        return clock;
    }

    public UseCases useCases() {
        return useCases;
    }

    /** A new account with one user, who has the password {@link #PASSWORD} and an access token. */
    public TestUser newUser() {
        Account account = useCases.createAccount().createAccount(Unique.name("Company"));
        String email = Unique.email();
        User user = useCases.createUser().createUser(
                new CreateUserCommand(account.id(), email, "Test", "User", PASSWORD));
        String token = useCases.issueToken().issueToken(email).token();
        return new TestUser(user.asCaller(), email, PASSWORD, token);
    }
}
