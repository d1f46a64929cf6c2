package io.contacts.http.undertow.web;

import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import org.xnio.XnioExecutor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Driving adapter guard: takes in a request body on the connection's I/O thread, so that no worker waits for a
 * slow sender, and hands it whole — or the reason it was refused — to a worker. A body that arrives too slowly for
 * its {@link BodyLimits} is cut (408); one over the size limit is read on and thrown away up to the drain limit
 * (413 on a connection that stays usable) and cut past it (413); chunked framing is checked strictly
 * ({@link StrictChunking}, 400). Every step runs on the one I/O thread, so none of its state needs a lock.
 */
final class BodyReceiver implements Receiver.PartialBytesCallback, Receiver.ErrorCallback {

    private static final long MAX_CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** What becomes of the body; called on a worker. */
    interface Outcome {
        void received(byte[] body);

        void refused(HttpProblem problem);
    }

    private final HttpServerExchange exchange;
    private final BodyLimits limits;
    private final BodyMemory memory;
    private final Outcome outcome;
    private final ByteArrayOutputStream body;
    private final long started = System.nanoTime();
    private ChunkGrammar chunks;
    private Receiver receiver;
    private XnioExecutor.Key timer;
    private long total;
    private long held;
    private boolean ended;
    private boolean finished;

    private BodyReceiver(HttpServerExchange exchange, BodyLimits limits, BodyMemory memory, Outcome outcome) {
        this.exchange = exchange;
        this.limits = limits;
        this.memory = memory;
        this.outcome = outcome;
        long declared = exchange.getRequestContentLength();
        this.body = new ByteArrayOutputStream(declared > 0 && declared <= limits.maxBytes() ? (int) declared : 1024);
    }

    /** Starts taking in the body; called from a handler, which must return without ending the exchange. */
    static void start(HttpServerExchange exchange, BodyLimits limits, BodyMemory memory, Outcome outcome) {
        BodyReceiver receiver = new BodyReceiver(exchange, limits, memory, outcome);
        exchange.dispatch(exchange.getIoThread(), receiver::begin);
    }

    private void begin() {
        chunks = StrictChunking.install(exchange, () -> exchange.getIoThread().execute(this::malformed));
        receiver = exchange.getRequestReceiver();
        schedule();
        receiver.receivePartialBytes(this, this);
    }

    @Override
    public void handle(HttpServerExchange ignored, byte[] message, boolean last) {
        if (finished) {
            return;
        }
        ended = last;
        total += message.length;
        if (total <= limits.maxBytes()) {
            if (!memory.take(message.length)) {
                refuse(HttpProblem.unavailable("Too many request bodies are arriving at once; retry in 1 second", 1),
                        false);
                return;
            }
            held += message.length;
            body.write(message, 0, message.length);
        }
        if (total > limits.drainLimit()) {
            refuse(HttpProblem.payloadTooLarge(limits.maxBytes()), false);
        } else if (last && chunks != null && !chunks.complete()) {
            // Undertow's own decoder is more lenient than the grammar: it may see an end where there is none.
            refuse(StrictChunking.malformed(), false);
        } else if (last && total > limits.maxBytes()) {
            refuse(HttpProblem.payloadTooLarge(limits.maxBytes()), true);
        } else if (last) {
            finish();
            byte[] whole = body.toByteArray();
            exchange.dispatch(done -> outcome.received(whole));
        }
    }

    @Override
    public void error(HttpServerExchange ignored, IOException failure) {
        ended = true;
        if (failure instanceof RequestTooBigException) {
            refuse(HttpProblem.payloadTooLarge(limits.maxBytes()), false);
        } else {
            // Mostly a client that went away half-way: the connection is not worth keeping.
            refuse(HttpProblem.badRequest("The request body could not be read"), false);
        }
    }

    private void malformed() {
        refuse(StrictChunking.malformed(), false);
    }

    /** Checks the pace now and then; a body that is late or too slow is cut. */
    private void check() {
        timer = null;
        if (finished) {
            return;
        }
        long elapsed = System.nanoTime() - started;
        if (elapsed >= limits.deadline().toNanos()) {
            refuse(HttpProblem.of(408, "The request body did not arrive within " + limits.deadline().toSeconds()
                    + " seconds"), false);
        } else if (limits.minRate() > 0 && elapsed >= limits.grace().toNanos()
                && total < limits.minRate() * (double) elapsed / TimeUnit.SECONDS.toNanos(1)) {
            refuse(HttpProblem.of(408, "The request body arrived slower than " + limits.minRate()
                    + " bytes per second"), false);
        } else {
            schedule();
        }
    }

    private void schedule() {
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(50),
                Math.min(MAX_CHECK_NANOS, limits.deadline().toNanos() / 4));
        timer = exchange.getIoThread().executeAfter(this::check, period, TimeUnit.NANOSECONDS);
    }

    /**
     * Stops taking in the body and has a worker answer. A connection whose body was not read to its end cannot
     * carry another request, and is closed after the answer.
     *
     * @param keepConnection whether the connection may carry another request (an oversized body read to its end)
     */
    private void refuse(HttpProblem problem, boolean keepConnection) {
        if (finished) {
            return;
        }
        finish();
        if (!ended) {
            receiver.pause();
        }
        if (!keepConnection) {
            exchange.setPersistent(false);
        }
        exchange.dispatch(refused -> outcome.refused(problem));
    }

    private void finish() {
        finished = true;
        memory.giveBack(held);
        held = 0;
        if (timer != null) {
            timer.remove();
            timer = null;
        }
    }
}
