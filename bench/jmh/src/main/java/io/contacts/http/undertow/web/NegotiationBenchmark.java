package io.contacts.http.undertow.web;

import io.contacts.http.undertow.v1.Negotiation;
import io.contacts.http.undertow.v1.representation.Format;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark: choosing the response format from {@code Accept} — {@link Negotiation} against the same rule on
 * Undertow's {@code QValueParser} ({@link QValueNegotiation}), in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NegotiationBenchmark {

    /** What API clients send, and what a browser sends. */
    @Param({"application/json", "application/xml", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    public String accept;

    @Benchmark
    public Optional<Format> handmade(CpuTime cpu) {
        cpu.calls++;
        return Negotiation.responseFormat(accept);
    }

    @Benchmark
    public Optional<Format> undertowQValueParser(CpuTime cpu) {
        cpu.calls++;
        return QValueNegotiation.responseFormat(accept);
    }
}
