package io.contacts.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Benchmark: setting up the service's logging once in a fresh JVM, as a start does — {@link ConsoleLogging} in
 * code against Logback reading the same set-up from an XML file ({@code logback-equivalent.xml}). Single shot,
 * one per fork: run it with many forks ({@code -f 20}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class LoggingSetupBenchmark {

    private final LoggerContext context = new LoggerContext();

    @Benchmark
    public LoggerContext inCode() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        ConsoleLogging logging = new ConsoleLogging();
        logging.setContext(context);
        logging.configure(context);
        return context;
    }

    @Benchmark
    public LoggerContext fromXml() throws JoranException {
        context.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(LoggingSetupBenchmark.class.getResource("/logback-equivalent.xml"));
        return context;
    }

    @TearDown
    public void tearDown() {
        context.stop();
    }
}
