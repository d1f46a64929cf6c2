package io.contacts.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Log appender for the access log: each line is formatted on the thread that logs it, and one writer thread sends
 * the lines waiting to standard output in one write. Written by each request thread, the access line was a system
 * call and a contended lock per request, a tenth of a GET's time; here it is one call per batch.
 *
 * <p>Nothing is dropped: a full queue makes the logging thread wait. A line reaches the output at most about
 * {@link #GATHER_NANOS} after it was logged; {@link #stop()} writes out every line logged before it.
 */
final class BatchedConsoleAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    /** How long the writer lets lines gather after the first one: a bound on both the delay and the write rate. */
    static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final int CAPACITY = 8_192;
    private static final byte[] END = new byte[0];
    private static final long STOP_WAIT_MILLIS = 5_000;

    private final BlockingQueue<byte[]> lines = new ArrayBlockingQueue<>(CAPACITY);
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
        writer = new Thread(this::writeUntilEnd, "access-log");
        // A daemon: a command that ends without stopping logging must not be kept alive by its log.
        writer.setDaemon(true);
        writer.start();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        byte[] line = encoder.encode(event);
        try {
            lines.put(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            write(List.of(line));
        }
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        try {
            lines.put(END);
            writer.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeUntilEnd() {
        List<byte[]> batch = new ArrayList<>();
        boolean ended = false;
        while (!ended) {
            try {
                batch.add(lines.take());
            } catch (InterruptedException e) {
                continue; // only stop() ends the writer, so that no line is left behind
            }
            if (batch.get(0) != END) {
                LockSupport.parkNanos(GATHER_NANOS);
            }
            lines.drainTo(batch);
            ended = batch.remove(END);
            write(batch);
            batch.clear();
        }
    }

    private static void write(List<byte[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(batch.size() * 160);
        batch.forEach(bytes::writeBytes);
        // System.out as it is now, like Logback's console appender: a test or a wrapper may have replaced it.
        PrintStream out = System.out;
        out.write(bytes.toByteArray(), 0, bytes.size());
        out.flush();
    }
}
