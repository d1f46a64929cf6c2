package io.contacts.app;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark: access-log lines per second through a whole appender and encoder stack to standard output, which
 * is /dev/null behind a stream made as the JVM makes {@code System.out} (a 128-byte buffer flushed on every
 * write, so every flushed write is a system call). Every stack encodes with the service's pattern
 * ({@link ConsoleLogging#encoder}); the appenders:
 * <ul>
 *   <li>{@code batched}: the service's {@link BatchedConsoleAppender};</li>
 *   <li>{@code async}: Logback's {@link AsyncAppender} (8,192 lines, nothing discarded, callers wait when full, as
 *   the service's) in front of a {@link ConsoleAppender};</li>
 *   <li>{@code console}: a {@link ConsoleAppender} on the logging thread (Logback's default);</li>
 *   <li>{@code buffered}: an {@link OutputStreamAppender} with {@code immediateFlush=false} on an 8 KiB buffer over
 *   the same file — a bound, not a candidate: a line waits in the buffer until 8 KiB follow it.</li>
 * </ul>
 * The stacks take turns, one per iteration ({@link Turns}; {@link CpuTime}: the whole JVM's CPU per line, the
 * writer threads' included). Run it with several threads ({@code -t 4}) as the request threads log.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 24, time = 1)
@Measurement(iterations = 24, time = 1)
@Fork(1)
public class AccessLogBenchmark {

    /** The stacks compared, in the order they take turns (the {@code variant} counter of {@link CpuTime}). */
    @Param("batched,async,console,buffered")
    public String stacks;

    private final AtomicInteger requests = new AtomicInteger();
    private final PrintStream systemOut = System.out;
    private final List<LoggerContext> contexts = new ArrayList<>();
    private final List<Logger> loggers = new ArrayList<>();

    @Setup
    public void setUp() throws FileNotFoundException {
        System.setOut(new PrintStream(new BufferedOutputStream(new FileOutputStream("/dev/null"), 128), true));
        for (String stack : stacks.split(",")) {
            LoggerContext context = new LoggerContext();
            context.setMDCAdapter(new LogbackMDCAdapter());
            Logger access = context.getLogger(ContactsHttpServer.ACCESS_LOG);
            access.setAdditive(false);
            access.addAppender(appender(context, stack, ConsoleLogging.encoder(context)));
            contexts.add(context);
            loggers.add(access);
        }
    }

    private static Appender<ILoggingEvent> appender(LoggerContext context, String kind, Encoder<ILoggingEvent> encoder)
            throws FileNotFoundException {
        switch (kind) {
            case "batched" -> {
                BatchedConsoleAppender batched = new BatchedConsoleAppender();
                batched.setEncoder(encoder);
                return started(context, batched);
            }
            case "async" -> {
                AsyncAppender async = new AsyncAppender();
                async.setQueueSize(8_192);
                async.setDiscardingThreshold(0);
                async.setNeverBlock(false);
                async.addAppender(console(context, encoder));
                return started(context, async);
            }
            case "console" -> {
                return console(context, encoder);
            }
            case "buffered" -> {
                OutputStreamAppender<ILoggingEvent> buffered = new OutputStreamAppender<>();
                buffered.setEncoder(encoder);
                buffered.setImmediateFlush(false);
                buffered.setOutputStream(new BufferedOutputStream(new FileOutputStream("/dev/null"), 8_192));
                return started(context, buffered);
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private static Appender<ILoggingEvent> console(LoggerContext context, Encoder<ILoggingEvent> encoder) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setEncoder(encoder);
        return started(context, console);
    }

    private static Appender<ILoggingEvent> started(LoggerContext context, Appender<ILoggingEvent> appender) {
        appender.setContext(context);
        appender.setName("ACCESS");
        appender.start();
        return appender;
    }

    @TearDown
    public void tearDown() {
        contexts.forEach(LoggerContext::stop);
        System.setOut(systemOut);
    }

    /** One request's line, as {@code ObservedHandler} builds it. */
    @Benchmark
    public void accessLine(Turns turns, CpuTime cpu) {
        cpu.count(turns);
        Logger access = turns.pickInProcess(loggers);
        int request = requests.incrementAndGet();
        access.info(new StringBuilder(128).append("GET /contacts/").append(request & 0xFFFFF).append(" 200 0.")
                .append(request % 10).append("ms request_id=").append(Integer.toHexString(request * 0x9E3779B9))
                .append(" user=7").toString());
    }
}
