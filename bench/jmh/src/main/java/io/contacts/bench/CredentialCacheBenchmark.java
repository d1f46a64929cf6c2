package io.contacts.bench;

import io.contacts.domain.memory.InMemoryStores;
import io.contacts.domain.model.Account;
import io.contacts.domain.model.Caller;
import io.contacts.domain.port.in.AuthenticateUseCase;
import io.contacts.domain.port.in.CreateUserCommand;
import io.contacts.domain.port.in.Credential;
import io.contacts.domain.port.in.UseCases;
import io.contacts.domain.port.out.Secrets;
import io.contacts.domain.service.DomainServices;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark: a Basic-auth sign-in whose password was verified a moment ago, through the domain's use case — the
 * credential's digest (its cache key, SHA-256 as the app's secrets make it) and the cache lookup, which is all
 * such a request costs instead of a 600,000-iteration PBKDF2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CredentialCacheBenchmark {

    private final Credential password = new Credential.Password("bench@example.com", "bench-password-1");
    private AuthenticateUseCase authenticate;

    @Setup
    public void setUp() {
        UseCases useCases = DomainServices.create(InMemoryStores.create(), Clock.systemUTC(), new DigestOnly());
        Account account = useCases.createAccount().createAccount("Bench");
        useCases.createUser().createUser(new CreateUserCommand(account.id(), "bench@example.com", "Bench", "User",
                "bench-password-1"));
        authenticate = useCases.authenticate();
        authenticate.authenticate(password).orElseThrow();
    }

    @Benchmark
    public Optional<Caller> passwordCacheHit() {
        return authenticate.authenticate(password);
    }

    /** The app's token digest; passwords in clear, as only the first sign-in of the benchmark hashes one. */
    private static final class DigestOnly implements Secrets {

        private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });

        @Override
        public String hashPassword(String password) {
            return "plain$" + password;
        }

        @Override
        public boolean verifyPassword(String password, String hash) {
            return hash.equals("plain$" + password);
        }

        @Override
        public String newToken() {
            return "bench-token";
        }

        @Override
        public String digestToken(String token) {
            return HexFormat.of().formatHex(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
