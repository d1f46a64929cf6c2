package io.contacts.http.undertow.web;

import io.undertow.conduits.ChunkedStreamSourceConduit;
import io.undertow.conduits.ReadDataStreamSourceConduit;
import io.undertow.connector.PooledByteBuffer;
import io.undertow.server.AbstractServerConnection;
import io.undertow.server.Connectors;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import org.xnio.conduits.StreamSourceConduit;

/**
 * Driving adapter guard: holds a chunked request body to {@link ChunkGrammar}. Undertow's decoder is lenient — it
 * skips anything up to a line feed after a chunk's data, so a body missing its CRLF waits for a line feed that may
 * never come, and a body another parser reads otherwise is taken. Its decoder is kept, but over the connection's
 * own bytes checked on the way in ({@link CheckedChunksConduit}), installed before the body is first read.
 */
final class StrictChunking {

    private StrictChunking() {
    }

    /**
     * Checks the request's chunked body as it arrives, if it has one.
     *
     * @param broken told once, on the I/O thread, when the framing breaks; the body then stops arriving
     * @return the grammar to ask whether the body ended properly, or {@code null} for a body that is not chunked
     */
    static ChunkGrammar install(HttpServerExchange exchange, Runnable broken) {
        String coding = exchange.getRequestHeaders().getLast(Headers.TRANSFER_ENCODING);
        if (coding == null || coding.equalsIgnoreCase("identity")
                || !(exchange.getConnection() instanceof AbstractServerConnection connection)) {
            return null;
        }
        ChunkGrammar grammar = new ChunkGrammar();
        // Bytes read past the head with it are served before the socket's: they are checked first, here.
        PooledByteBuffer extra = connection.getExtraBytes();
        boolean intact = extra == null || grammar.accept(extra.getBuffer().duplicate());
        StreamSourceConduit checked = new CheckedChunksConduit(connection.getOriginalSourceConduit(), grammar,
                broken, intact);
        connection.getChannel().getSourceChannel().setConduit(new ChunkedStreamSourceConduit(
                new ReadDataStreamSourceConduit(checked, connection), exchange, decoder -> {
                    if (!decoder.isFinished()) {
                        exchange.setPersistent(false);
                    }
                    Connectors.terminateRequest(exchange);
                }));
        if (!intact) {
            broken.run();
        }
        return grammar;
    }

    static HttpProblem malformed() {
        return HttpProblem.badRequest("The request body's chunked framing is malformed: each chunk size and each"
                + " chunk's data must end with CRLF (RFC 9112, section 7.1)");
    }
}
