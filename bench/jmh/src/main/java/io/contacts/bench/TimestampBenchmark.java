package io.contacts.bench;

import io.contacts.http.undertow.web.Preconditions;
import io.contacts.http.undertow.web.WireValues;
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

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Benchmark: the hand-made timestamp formatters against the JDK's formatters that print the same text — the wire's
 * {@code created-at}/{@code updated-at} ({@link WireValues#timestamp}) and {@code Last-Modified}
 * ({@link Preconditions#httpDate}). Each call formats the next of 1,024 instants of the last 25 years, with
 * nanos; the variants take turns ({@link Turns}, {@link CpuTime}). The pattern formatter prints the same text as
 * {@code ISO_INSTANT} for years 0 to 9999 only.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 18, time = 1)
@Fork(1)
public class TimestampBenchmark {

    private static final DateTimeFormatter WIRE_PATTERN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** Variants, taking turns in this order: the hand-made, {@code ISO_INSTANT}, a pattern formatter. */
    private static final List<Function<Instant, String>> WIRE = List.of(WireValues::timestamp,
            instant -> DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS)),
            WIRE_PATTERN::format);
    /** Variants, taking turns in this order: the hand-made, a pattern formatter. */
    private static final List<Function<Instant, String>> HTTP_DATE =
            List.of(Preconditions::httpDate, IMF_FIXDATE::format);

    private final Instant[] instants = new Instant[1024];
    private int next;

    @Setup
    public void setUp() {
        Random random = new Random(7);
        long from = Instant.parse("2001-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < instants.length; i++) {
            instants[i] = Instant.ofEpochSecond(from + random.nextInt(25 * 365 * 86_400),
                    random.nextInt(1_000_000) * 1_000);
        }
    }

    private Instant next() {
        return instants[next++ & (instants.length - 1)];
    }

    @Benchmark
    public String wire(Turns turns, CpuTime cpu) {
        cpu.count(turns);
        return turns.pick(WIRE).apply(next());
    }

    @Benchmark
    public String httpDate(Turns turns, CpuTime cpu) {
        cpu.count(turns);
        return turns.pick(HTTP_DATE).apply(next());
    }
}
