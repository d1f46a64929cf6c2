package io.contacts.app;

import io.contacts.app.config.ConfigLoader;
import io.contacts.persistence.jooq.H2Urls;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The embedded database's directory, made ready before the database opens: created if missing, and checked to be
 * writable, so that a start that cannot write says so and where, instead of H2's "IO Exception [90028-252]" (or, for
 * a read-only file, a database that opens read-only and fails at the first write).
 */
final class DataDirectory {

    private static final String ADVICE = "make it writable for the user that runs the service, or set "
            + ConfigLoader.DATA_DIR + " to another directory";

    private DataDirectory() {
    }

    static void prepare(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (AccessDeniedException e) {
            throw new StartFailure("cannot create the data directory " + directory + " (permission denied): "
                    + "make its parent writable for the user that runs the service, or set " + ConfigLoader.DATA_DIR
                    + " to another directory", e);
        } catch (FileSystemException e) {
            throw new StartFailure("cannot create the data directory " + directory + " (" + reason(e) + "): "
                    + ADVICE, e);
        } catch (IOException e) {
            throw new StartFailure("cannot create the data directory " + directory + " (" + e.getMessage() + "): "
                    + ADVICE, e);
        }
        if (!Files.isWritable(directory)) {
            throw new StartFailure("cannot write the data directory " + directory + " (" + why(directory) + "): "
                    + ADVICE, null);
        }
        Path file = H2Urls.databaseFile(directory);
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StartFailure("cannot write the database file " + file + " (" + why(file) + "): " + ADVICE, null);
        }
    }

    private static String why(Path path) {
        try {
            return Files.getFileStore(path).isReadOnly() ? "read-only file system" : "permission denied";
        } catch (IOException e) {
            return "permission denied";
        }
    }

    private static String reason(FileSystemException e) {
        return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason().toLowerCase(Locale.ROOT);
    }
}
