package io.contacts.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.ThreadParams;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Benchmark counters beside JMH's wall-clock score: per iteration, which variant of {@link Turns} ran
 * ({@code variant}), the CPU time the iteration took ({@code cpuNanos}) and its calls ({@code calls}).
 * {@code cpuNanos / calls} is CPU nanoseconds per call, which, unlike the wall clock, does not count the time the
 * benchmark waited for a core on a shared machine. CPU is the benchmark thread's, or with
 * {@link Turns#pickInProcess} the whole JVM's (a logging stack's writer thread included), counted once, by the
 * first benchmark thread.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public long cpuNanos;
    public long calls;
    public long variant;
    private Turns turns;
    private boolean counting;
    private long start;

    /** Counts one call of the benchmark, which ran the variant whose turn it is. */
    public void count(Turns running) {
        turns = running;
        calls++;
    }

    @Setup(Level.Iteration)
    public void start(ThreadParams thread) {
        counting = thread.getThreadIndex() == 0;
        start = now();
    }

    /** JMH zeroes the counters after the set-up: they are written here. */
    @TearDown(Level.Iteration)
    public void stop() {
        cpuNanos = counting ? now() - start : 0;
        variant = counting && turns != null ? turns.turn() : 0;
    }

    private long now() {
        return turns != null && turns.process() ? PROCESS.getProcessCpuTime() : THREADS.getCurrentThreadCpuTime();
    }
}
