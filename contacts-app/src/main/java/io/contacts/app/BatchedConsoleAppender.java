package io.contacts.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Log appender for the access log: each line is formatted on the thread that logs it, and one writer thread sends
 * the lines waiting to standard output in one write. Written by each request thread, the access line was a system
 * call and a contended lock per request, a tenth of a GET's time; here it is one call per batch, and a request
 * thread only adds its line to a lock-free queue (it wakes the writer only when the writer sleeps for want of lines).
 *
 * <p>Nothing is dropped: a full queue makes the logging thread wait. A line reaches the output at most about
 * {@link #GATHER_NANOS} after it was logged; {@link #stop()} writes out every line logged before it.
 */
final class BatchedConsoleAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    /** How long the writer lets lines gather: a bound on both the delay and the write rate. */
    static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final int CAPACITY = 8_192;
    private static final long STOP_WAIT_MILLIS = 5_000;

    private final Queue<byte[]> lines = new ConcurrentLinkedQueue<>();
    /** One permit per line the queue may still take. */
    private final Semaphore room = new Semaphore(CAPACITY);
    /** Set by the writer before it sleeps without a deadline; read by every logger after adding its line. */
    private volatile boolean asleep;
    private volatile boolean stopping;
    private Encoder<ILoggingEvent> encoder;
    private Thread writer;

    void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    @Override
    public void start() {
        if (encoder == null) {
            addError("no encoder for appender " + getName());
            return;
        }
        writer = new Thread(this::writeUntilStopped, "access-log");
        // A daemon: a command that ends without stopping logging must not be kept alive by its log.
        writer.setDaemon(true);
        writer.start();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        byte[] line = encoder.encode(event);
        room.acquireUninterruptibly();
        lines.add(line);
        // After the line is in: a writer that saw the queue empty has published that it sleeps (no lost wake-up).
        if (asleep) {
            LockSupport.unpark(writer);
        }
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        stopping = true;
        LockSupport.unpark(writer);
        try {
            writer.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeUntilStopped() {
        List<byte[]> batch = new ArrayList<>();
        while (true) {
            if (lines.isEmpty() && !stopping) {
                asleep = true;
                if (lines.isEmpty() && !stopping) {
                    LockSupport.park(this);
                }
                asleep = false;
                Thread.interrupted(); // only stop() ends the writer, so that no line is left behind
                continue;
            }
            boolean ending = stopping;
            if (!ending) {
                LockSupport.parkNanos(this, GATHER_NANOS);
            }
            for (byte[] line = lines.poll(); line != null; line = lines.poll()) {
                batch.add(line);
            }
            room.release(batch.size());
            write(batch);
            batch.clear();
            if (ending && lines.isEmpty()) {
                return;
            }
        }
    }

    private static void write(List<byte[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        int size = 0;
        for (byte[] line : batch) {
            size += line.length;
        }
        byte[] bytes = new byte[size];
        int at = 0;
        for (byte[] line : batch) {
            System.arraycopy(line, 0, bytes, at, line.length);
            at += line.length;
        }
        // System.out as it is now, like Logback's console appender: a test or a wrapper may have replaced it.
        PrintStream out = System.out;
        out.write(bytes, 0, bytes.length);
        out.flush();
    }
}
