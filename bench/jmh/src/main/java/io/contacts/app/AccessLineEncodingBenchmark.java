package io.contacts.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import io.contacts.bench.CpuTime;
import io.contacts.bench.Turns;
import io.contacts.http.undertow.ContactsHttpServer;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark: encoding one access line to bytes, the service's {@link AccessLineEncoder} against Logback's
 * {@link PatternLayoutEncoder} of the same pattern. 1,024 events 0.1 ms apart, as at 10,000 lines a second. The
 * variants take turns ({@link Turns}, {@link CpuTime}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 18, time = 1)
@Fork(1)
public class AccessLineEncodingBenchmark {

    private final LoggerContext context = new LoggerContext();
    private final PatternLayoutEncoder pattern = ConsoleLogging.encoder(context);
    private final AccessLineEncoder hand = new AccessLineEncoder(ConsoleLogging.encoder(context));
    /** Variants, taking turns in this order: the hand-made, Logback's. */
    private final List<Encoder<ILoggingEvent>> encoders = List.of(hand, pattern);
    private final LoggingEvent[] events = new LoggingEvent[1024];
    private int next;

    @Setup
    public void setUp() {
        long start = System.currentTimeMillis();
        for (int i = 0; i < events.length; i++) {
            LoggingEvent event = new LoggingEvent(AccessLineEncodingBenchmark.class.getName(),
                    context.getLogger(ContactsHttpServer.ACCESS_LOG), Level.INFO,
                    "GET /contacts/" + (1000 + i) + " 200 0.9ms request_id=" + Integer.toHexString(i * 0x9E3779B9)
                            + " user=7", null, null);
            event.setTimeStamp(start + i / 10);
            event.setThreadName("XNIO-1 task-" + (i % 16));
            events[i] = event;
        }
    }

    @Benchmark
    public byte[] encode(Turns turns, CpuTime cpu) {
        cpu.count(turns);
        return turns.pick(encoders).encode(events[next++ & 1023]);
    }
}
