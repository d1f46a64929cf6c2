package io.contacts.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** One line on standard error when a command is still at work after a second, so a slow step does not look hung. */
final class SlowNotice implements AutoCloseable {

    static final Duration AFTER = Duration.ofSeconds(1);

    private final AtomicBoolean settled = new AtomicBoolean();

    private SlowNotice() {
    }

    /** Prints {@code line} on {@code err} after {@link #AFTER}, unless closed first. */
    static SlowNotice start(PrintWriter err, String line) {
        return start(CompletableFuture.delayedExecutor(AFTER.toMillis(), TimeUnit.MILLISECONDS), err, line);
    }

    /** Prints {@code line} when {@code timer} runs its task, unless closed first. */
    static SlowNotice start(Executor timer, PrintWriter err, String line) {
        SlowNotice notice = new SlowNotice();
        timer.execute(() -> {
            if (notice.settled.compareAndSet(false, true)) {
                err.println(line);
            }
        });
        return notice;
    }

    @Override
    public void close() {
        settled.set(true);
    }
}
