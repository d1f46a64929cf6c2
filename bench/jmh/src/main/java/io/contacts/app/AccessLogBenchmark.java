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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark: access-log lines per second through a whole appender and encoder stack to standard output, which
 * is /dev/null behind a stream made as the JVM makes {@code System.out} (a 128-byte buffer flushed on every
 * write, so every flushed write is a system call). Each stack is an appender and an encoder:
 * <ul>
 *   <li>appender {@code batched}: the service's {@link BatchedConsoleAppender}; {@code async}: Logback's
 *   {@link AsyncAppender} (8,192 lines, nothing discarded, callers wait when full, as the service's) in front of a
 *   {@link ConsoleAppender}; {@code console}: a {@link ConsoleAppender} on the logging thread (Logback's default);
 *   {@code buffered}: an {@link OutputStreamAppender} with {@code immediateFlush=false} on an 8 KiB buffer over
 *   the same file — a bound, not a candidate: a line waits in the buffer until 8 KiB follow it;</li>
 *   <li>encoder {@code hand}: the service's {@link AccessLineEncoder}; {@code pattern}: Logback's
 *   {@code PatternLayoutEncoder} of the same pattern ({@link ConsoleLogging#encoder}).</li>
 * </ul>
 * Run it with several threads ({@code -t 4}) as the request threads log.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AccessLogBenchmark {

    @Param({"batched+hand", "batched+pattern", "async+hand", "async+pattern", "console+pattern", "buffered+pattern"})
    public String stack;

    private final AtomicInteger requests = new AtomicInteger();
    private final PrintStream systemOut = System.out;
    private LoggerContext context;
    private Logger access;

    @Setup
    public void setUp() throws FileNotFoundException {
        System.setOut(new PrintStream(new BufferedOutputStream(new FileOutputStream("/dev/null"), 128), true));
        context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        String[] parts = stack.split("\\+");
        Encoder<ILoggingEvent> encoder = parts[1].equals("hand")
                ? new AccessLineEncoder(ConsoleLogging.encoder(context)) : ConsoleLogging.encoder(context);
        access = context.getLogger(ContactsHttpServer.ACCESS_LOG);
        access.setAdditive(false);
        access.addAppender(appender(parts[0], encoder));
    }

    private Appender<ILoggingEvent> appender(String kind, Encoder<ILoggingEvent> encoder) throws FileNotFoundException {
        switch (kind) {
            case "batched" -> {
                BatchedConsoleAppender batched = new BatchedConsoleAppender();
                batched.setEncoder(encoder);
                return started(batched);
            }
            case "async" -> {
                AsyncAppender async = new AsyncAppender();
                async.setQueueSize(8_192);
                async.setDiscardingThreshold(0);
                async.setNeverBlock(false);
                async.addAppender(console(encoder));
                return started(async);
            }
            case "console" -> {
                return console(encoder);
            }
            case "buffered" -> {
                OutputStreamAppender<ILoggingEvent> buffered = new OutputStreamAppender<>();
                buffered.setEncoder(encoder);
                buffered.setImmediateFlush(false);
                buffered.setOutputStream(new BufferedOutputStream(new FileOutputStream("/dev/null"), 8_192));
                return started(buffered);
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private Appender<ILoggingEvent> console(Encoder<ILoggingEvent> encoder) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setEncoder(encoder);
        return started(console);
    }

    private Appender<ILoggingEvent> started(Appender<ILoggingEvent> appender) {
        appender.setContext(context);
        appender.setName(stack);
        appender.start();
        return appender;
    }

    @TearDown
    public void tearDown() {
        context.stop();
        System.setOut(systemOut);
    }

    /** One request's line, as {@code ObservedHandler} builds it. */
    @Benchmark
    public void accessLine() {
        int request = requests.incrementAndGet();
        access.info(new StringBuilder(128).append("GET /contacts/").append(request & 0xFFFFF).append(" 200 0.")
                .append(request % 10).append("ms request_id=").append(Integer.toHexString(request * 0x9E3779B9))
                .append(" user=7").toString());
    }
}
