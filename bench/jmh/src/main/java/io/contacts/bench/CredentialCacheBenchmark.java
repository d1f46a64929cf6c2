package io.contacts.bench;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Caller;
import io.contacts.domain.model.UserId;
import io.contacts.domain.port.in.Credential;
import io.contacts.http.undertow.security.CredentialCache;
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

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark: a Basic-auth request whose password was verified a moment ago — the credential's digest (its cache
 * key) and the cache lookup, which is all such a request costs instead of a 600,000-iteration PBKDF2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CredentialCacheBenchmark {

    private final Credential password = new Credential.Password("bench@example.com", "bench-password-1");
    private final CredentialCache cache = new CredentialCache(Duration.ofSeconds(60), Clock.systemUTC());

    @Setup
    public void setUp() {
        Caller caller = new Caller(AccountId.of(1), UserId.of(1));
        cache.resolve(CredentialCache.key(password), () -> Optional.of(caller));
    }

    @Benchmark
    public Optional<Caller> passwordCacheHit() {
        return cache.resolve(CredentialCache.key(password), () -> {
            throw new IllegalStateException("a hit never verifies");
        });
    }
}
