package io.contacts.http.undertow.web;

import java.util.Objects;

/**
 * Driving adapter value: what every API's requests share, one instance for the whole server — the limits on a
 * document's body and on a file's, the memory the bodies arriving together may hold, the files that may go on into
 * temporary files at once, the lists read at once and the answers streamed at once. Two APIs with a budget each
 * would let twice as much in.
 */
public record Budgets(BodyLimits documents, BodyLimits files, BodyMemory memory, StreamBudget spooled,
                      ListBudget lists, StreamBudget streams) {

    public Budgets {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(spooled, "spooled");
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(streams, "streams");
    }

    /**
     * The budgets of a server with these limits.
     *
     * @param memory  bytes of bodies held in memory at once: at least one whole document and a file's share
     * @param spooled the places of files in temporary files ({@link StreamBudget#forFiles})
     */
    public static Budgets of(BodyLimits documents, BodyLimits files, long memory, StreamBudget spooled,
                             ListBudget lists, StreamBudget streams) {
        if (memory < Math.max(documents.inMemory(), files.inMemory())) {
            throw new IllegalArgumentException("the budgets must hold at least one whole body: " + memory
                    + " bytes in memory");
        }
        return new Budgets(documents, files, new BodyMemory(memory), spooled, lists, streams);
    }

    /** The most of any body that is read, its drain included: beyond it a connection is cut. */
    public long mostRead() {
        return Math.max(documents.drainLimit(), files.drainLimit());
    }

    /** The limits of a body that a route reads. */
    BodyLimits limits(Payload payload) {
        return payload == Payload.FILE ? files : documents;
    }
}
