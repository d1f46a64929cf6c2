package io.contacts.http.undertow.web;

import org.xnio.IoUtils;
import org.xnio.channels.StreamSinkChannel;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.ConduitReadableByteChannel;
import org.xnio.conduits.StreamSourceConduit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Driving adapter guard: the connection's bytes on their way to the chunked decoder, each checked against a
 * {@link ChunkGrammar}. Once the framing breaks it says so, once, and passes nothing more on: the request is
 * answered 400 and its connection closed, so what the decoder would have made of the rest does not matter.
 */
final class CheckedChunksConduit extends AbstractStreamSourceConduit<StreamSourceConduit> {

    private final ChunkGrammar grammar;
    private final Runnable broken;
    private boolean intact;

    CheckedChunksConduit(StreamSourceConduit next, ChunkGrammar grammar, Runnable broken, boolean intact) {
        super(next);
        this.grammar = grammar;
        this.broken = broken;
        this.intact = intact;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int start = dst.position();
        int read = next.read(dst);
        if (read <= 0 || grammar.complete()) {
            return read;
        }
        if (intact && grammar.accept(dst.duplicate().limit(start + read).position(start))) {
            return read;
        }
        dst.position(start);
        if (intact) {
            intact = false;
            broken.run();
        }
        return 0;
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            if (!dsts[i].hasRemaining()) {
                continue;
            }
            int read = read(dsts[i]);
            if (read < 0) {
                return total == 0 ? -1 : total;
            }
            total += read;
            if (dsts[i].hasRemaining()) {
                break;
            }
        }
        return total;
    }

    @Override
    public long transferTo(long position, long count, FileChannel target) throws IOException {
        return target.transferFrom(new ConduitReadableByteChannel(this), position, count);
    }

    @Override
    public long transferTo(long count, ByteBuffer throughBuffer, StreamSinkChannel target) throws IOException {
        return IoUtils.transfer(new ConduitReadableByteChannel(this), count, throughBuffer, target);
    }
}
