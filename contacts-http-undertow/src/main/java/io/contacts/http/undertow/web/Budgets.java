package io.contacts.http.undertow.web;

import java.util.Objects;

/**
 * Driving adapter value: what every API's requests share, one instance for the whole server — the limits on a
 * document's body and on a file's, the memory and the disk the bodies arriving together may hold, the lists read at
 * once and the answers streamed at once. Two APIs with a budget each would let twice as much in.
 */
public record Budgets(BodyLimits documents, BodyLimits files, BodyBudget memory, BodyBudget disk, ListBudget lists,
                      StreamBudget streams) {

    public Budgets {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(disk, "disk");
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(streams, "streams");
    }

    /**
     * The budgets of a server with these limits.
     *
     * @param memory bytes of bodies held in memory at once: at least one whole document and a file's share
     * @param disk   bytes of files held in temporary files at once: at least one whole file's share
     */
    public static Budgets of(BodyLimits documents, BodyLimits files, long memory, long disk, ListBudget lists,
                             StreamBudget streams) {
        if (memory < Math.max(documents.inMemory(), files.inMemory()) || disk < files.onDisk()) {
            throw new IllegalArgumentException("the budgets must hold at least one whole body: " + memory
                    + " bytes in memory, " + disk + " on disk");
        }
        return new Budgets(documents, files, new BodyBudget(memory), new BodyBudget(disk), lists, streams);
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
