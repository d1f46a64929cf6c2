package io.contacts.http.undertow;

import io.contacts.http.undertow.web.BodyLimits;
import io.contacts.http.undertow.web.Budgets;
import io.contacts.http.undertow.web.ListBudget;
import io.contacts.http.undertow.web.StreamBudget;

import java.time.Duration;

/**
 * Driving adapter: the budgets that a server's settings give its requests. As many whole documents are held in memory
 * at once as there are workers to handle them, as when each was read on one. A file keeps a document's share in
 * memory and the rest in a temporary file, {@link #FILES_AT_ONCE} of them at once and {@link #FILES_PER_USER} of a
 * user, and may take as long to arrive as the largest takes at {@link #FILE_RATE}.
 */
final class RequestBudgets {

    /** Files that may be in temporary files at once, each up to the import limit: imports are rare. */
    static final int FILES_AT_ONCE = 4;
    /** So that one user holding files back cannot stop everyone else's imports. */
    static final int FILES_PER_USER = 2;
    /** Bytes per second at which a file of the largest size may arrive: 512 kbit/s, a slow office uplink. */
    static final int FILE_RATE = 64 * 1024;

    private RequestBudgets() {
    }

    static Budgets of(HttpSettings settings) {
        ConnectionLimits limits = settings.connections();
        ImportLimits imports = settings.imports();
        BodyLimits documents = BodyLimits.inMemory(settings.maxBodyBytes(), limits.bodyDeadline(),
                limits.minBodyRate(), limits.bodyGrace());
        int inMemory = Math.min(settings.maxBodyBytes(), imports.maxBytes());
        Duration fileDeadline = Duration.ofSeconds(imports.maxBytes() / FILE_RATE);
        BodyLimits files = documents.spooled(imports.maxBytes(), inMemory, imports.directory(),
                fileDeadline.compareTo(limits.bodyDeadline()) > 0 ? fileDeadline : limits.bodyDeadline());
        return Budgets.of(documents, files, (long) settings.maxBodyBytes() * settings.workerThreads(),
                StreamBudget.forFiles(FILES_AT_ONCE, FILES_PER_USER), new ListBudget(limits.lists()),
                new StreamBudget(limits.streams(), limits.streamsPerUser()));
    }
}
