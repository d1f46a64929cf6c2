package io.contacts.http.undertow.web;

import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import org.apache.commons.io.output.DeferredFileOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.XnioExecutor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Driving adapter guard: takes in a request body on the connection's I/O thread, so that no worker waits for a
 * slow sender, and hands it whole — or the reason it was refused — to a worker. A body that arrives too slowly for
 * its {@link BodyLimits} is cut (408); one over the size limit is read on and thrown away up to the drain limit
 * (413 on a connection that stays usable) and cut past it (413); chunked framing is checked strictly
 * ({@link StrictChunking}, 400). A body larger than its limits' share of memory goes on into a temporary file
 * (commons-io's {@link DeferredFileOutputStream}): written on the I/O thread, as Undertow's own multipart parser
 * writes its files, since each piece is small and lands in the page cache. Every step runs on the one I/O thread,
 * so none of its state needs a lock.
 */
final class BodyReceiver implements Receiver.PartialBytesCallback, Receiver.ErrorCallback {

    private static final Logger LOG = LoggerFactory.getLogger(BodyReceiver.class);
    private static final long MAX_CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** What becomes of the body; called on a worker. */
    interface Outcome {
        void received(RequestBody body);

        void refused(HttpProblem problem);
    }

    private final HttpServerExchange exchange;
    private final BodyLimits limits;
    private final BodyMemory memory;
    private final StreamBudget spool;
    private final Outcome outcome;
    private final DeferredFileOutputStream body;
    private final long started = System.nanoTime();
    private ChunkGrammar chunks;
    private Receiver receiver;
    private XnioExecutor.Key timer;
    private long total;
    private long held;
    private StreamBudget.Place place;
    private boolean ended;
    private boolean finished;

    private BodyReceiver(HttpServerExchange exchange, BodyLimits limits, Budgets budgets, Outcome outcome) {
        this.exchange = exchange;
        this.limits = limits;
        this.memory = budgets.memory();
        this.spool = budgets.spooled();
        this.outcome = outcome;
        long declared = exchange.getRequestContentLength();
        this.body = DeferredFileOutputStream.builder()
                .setThreshold(limits.inMemory())
                .setBufferSize(declared > 0 && declared <= limits.inMemory() ? (int) declared : 1024)
                .setDirectory(limits.spool())
                .setPrefix("contacts-body-").setSuffix(".tmp")
                .get();
    }

    /** Starts taking in the body; called from a handler, which must return without ending the exchange. */
    static void start(HttpServerExchange exchange, BodyLimits limits, Budgets budgets, Outcome outcome) {
        BodyReceiver receiver = new BodyReceiver(exchange, limits, budgets, outcome);
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
        long before = total;
        total += message.length;
        if (total <= limits.maxBytes() && !keep(message, before)) {
            return;
        }
        if (total > limits.drainLimit()) {
            refuse(HttpProblem.payloadTooLarge(limits.maxBytes()), false);
        } else if (last && chunks != null && !chunks.complete()) {
            // Undertow's own decoder is more lenient than the grammar: it may see an end where there is none.
            refuse(StrictChunking.malformed(), false);
        } else if (last && total > limits.maxBytes()) {
            refuse(HttpProblem.payloadTooLarge(limits.maxBytes()), true);
        } else if (last) {
            handOn();
        }
    }

    /**
     * Holds a piece of the body: its bytes within the limits' share of memory from the memory budget, and past it a
     * place among the files in temporary files; false, having refused the body, when either is spent or the file
     * cannot be written.
     */
    private boolean keep(byte[] message, long before) {
        long inMemory = Math.max(0, Math.min(total, limits.inMemory()) - before);
        if (!memory.take(inMemory)) {
            refuse(HttpProblem.unavailable("Too many request bodies are arriving at once; retry in 1 second", 1),
                    false);
            return false;
        }
        held += inMemory;
        if (inMemory < message.length && place == null) {
            try {
                place = spool.acquire(exchange.getAttachment(Attachments.USER_ID));
            } catch (HttpProblem full) {
                refuse(full, false);
                return false;
            }
        }
        try {
            body.write(message, 0, message.length);
            return true;
        } catch (IOException e) {
            // The client can only retry; the operator must know: a full disk, or a temporary directory not writable.
            LOG.warn("A request body cannot be written to a temporary file in {}: {}", limits.spool(), e.toString());
            refuse(HttpProblem.unavailable("The file cannot be stored for reading just now; retry later", 60), false);
            return false;
        }
    }

    /** Gives the whole body to a worker: its bytes, or its file with its place among the files. */
    private void handOn() {
        RequestBody whole;
        try {
            body.close();
            whole = body.isInMemory() ? RequestBody.of(body.getData())
                    : RequestBody.spooled(body.getPath(), place::close);
        } catch (IOException e) {
            LOG.warn("A request body's temporary file in {} cannot be read back: {}", limits.spool(), e.toString());
            refuse(HttpProblem.unavailable("The file cannot be read back just now; retry later", 60), false);
            return;
        }
        place = null;
        finish();
        exchange.dispatch(done -> outcome.received(whole));
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

    /** Stops taking in the body; a file not handed on is deleted, and the bytes held are given back. */
    private void finish() {
        finished = true;
        memory.giveBack(held);
        held = 0;
        boolean handedOn = place == null;
        if (place != null) {
            place.close();
            place = null;
        }
        if (timer != null) {
            timer.remove();
            timer = null;
        }
        try {
            body.close();
            // No file when it could not be created: the refusal says so.
            Path file = body.getPath();
            if (!handedOn && file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("A request body's temporary file in {} cannot be deleted: {}", limits.spool(), e.toString());
        }
    }
}
