package io.contacts.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * Benchmark state: variants of one thing (the hand-made code and the library's) taking turns, one per iteration,
 * in the same JVM, so that on a machine shared with other work both meet the same load, JIT and heap.
 * {@link CpuTime} reports which one each iteration ran.
 */
@State(Scope.Thread)
public class Turns {

    private int turn = -1;
    private int variants = 1;
    private boolean process;

    /** The variant whose turn it is. */
    public <T> T pick(List<T> candidates) {
        variants = candidates.size();
        return candidates.get(turn);
    }

    /** As {@link #pick}, and {@link CpuTime} counts the whole process's CPU rather than the thread's. */
    public <T> T pickInProcess(List<T> candidates) {
        process = true;
        return pick(candidates);
    }

    int turn() {
        return turn;
    }

    boolean process() {
        return process;
    }

    @Setup(Level.Iteration)
    public void next() {
        // The first iteration learns how many variants there are: its figure is a warm-up's.
        turn = (turn + 1) % variants;
    }
}
