package io.contacts.http.undertow;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Driving adapter setting: how large a file one import takes ({@code maxBytes}, 413 past it) and how many entries
 * it may hold ({@code maxEntries}, 413 past it). A file is taken in past the first MiB into a temporary file in
 * {@code directory}, not memory, so the byte limit bounds disk rather than heap; the entry limit bounds one write
 * transaction.
 */
public record ImportLimits(int maxBytes, int maxEntries, Path directory) {

    /** At least this much, so that a file of one generous card always fits. */
    public static final int MIN_BYTES = 64 * 1024;
    /** At most this much: a file is read in one pass, by one worker, while its client waits for the answer. */
    public static final int MAX_BYTES = 1024 * 1024 * 1024;
    public static final int MAX_ENTRIES = 1_000_000;

    public ImportLimits {
        Objects.requireNonNull(directory, "directory");
        if (maxBytes < MIN_BYTES || maxBytes > MAX_BYTES || maxEntries < 1 || maxEntries > MAX_ENTRIES) {
            throw new IllegalArgumentException("import limits must be from " + MIN_BYTES + " to " + MAX_BYTES
                    + " bytes and from 1 to " + MAX_ENTRIES + " entries: " + maxBytes + ", " + maxEntries);
        }
    }

    /** In the JVM's temporary directory ({@code java.io.tmpdir}). */
    public ImportLimits(int maxBytes, int maxEntries) {
        this(maxBytes, maxEntries, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * 32 MiB and 10,000 entries: a phone's address book, photos and all (Apple's export embeds them), and a bound on
     * one transaction.
     */
    public static ImportLimits defaults() {
        return new ImportLimits(32 * 1024 * 1024, 10_000);
    }
}
