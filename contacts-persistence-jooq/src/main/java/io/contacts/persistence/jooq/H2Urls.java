package io.contacts.persistence.jooq;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Driven adapter: the JDBC URLs of the embedded H2 store, with the options this adapter relies on, so
 * that no other module needs to know them.
 */
public final class H2Urls {

    /** The database file's name inside its directory; H2 adds {@code .mv.db}. */
    static final String FILE_NAME = "contacts";

    /**
     * Options of an on-disk database.
     * <ul>
     *   <li>{@code WRITE_DELAY=0}: a commit reaches the file before the adapter acknowledges the write,
     *       instead of up to half a second later, so an acknowledged write survives a killed process.</li>
     *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}: H2 does not close the database from its own shutdown hook
     *       while the application is still draining requests; the database closes when the application
     *       closes its connection pool (the last connection).</li>
     * </ul>
     * Not {@code AUTO_SERVER=TRUE}, H2's automatic mixed mode: H2 refuses it with {@code DB_CLOSE_ON_EXIT=FALSE}.
     * {@link H2Sharing} shares the database with other processes instead.
     */
    private static final String FILE_OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    /** H2's system property naming the address its servers listen on; H2 reads it once, when it first loads. */
    static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";

    /** An in-memory database lives as long as the JVM, not just as long as one open connection. */
    private static final String MEMORY_OPTIONS = ";DB_CLOSE_DELAY=-1";

    private static final Pattern MEMORY_NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    static {
        // Before any URL of this class is used: H2 reads the bind address once, when it first loads.
        serveOnLoopbackOnly();
    }

    private H2Urls() {
    }

    /**
     * The URL of the on-disk database in {@code directory} (for example {@code ./data}), created on first
     * use together with the directory. The path is made absolute, so the URL does not depend on the
     * working directory of whoever opens it later.
     */
    public static String file(Path directory) {
        Objects.requireNonNull(directory, "directory");
        String path = directory.toAbsolutePath().normalize().resolve(FILE_NAME).toString();
        if (path.indexOf(';') >= 0) {
            // H2 would read whatever follows a ';' as a setting.
            throw new IllegalArgumentException("An H2 database directory cannot contain ';': " + directory);
        }
        return "jdbc:h2:file:" + path + FILE_OPTIONS;
    }

    /**
     * Makes any H2 server of this process ({@link H2Sharing}'s, {@code AUTO_SERVER}'s) listen on 127.0.0.1 alone;
     * H2 otherwise listens on every interface. Takes effect only before H2 is first used in this JVM: this class
     * calls it as it loads, in time for an app that opens H2 only by the URLs it makes; a bind address already set
     * ({@code -Dh2.bindAddress}) is kept.
     */
    public static void serveOnLoopbackOnly() {
        if (System.getProperty(BIND_ADDRESS_PROPERTY) == null) {
            System.setProperty(BIND_ADDRESS_PROPERTY, "127.0.0.1");
        }
    }

    /** The file of the on-disk database {@link #file(Path)} opens in {@code directory}. */
    public static Path databaseFile(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return directory.toAbsolutePath().normalize().resolve(FILE_NAME + ".mv.db");
    }

    /** The URL of a named in-memory database, gone when the JVM exits: for tests and demonstrations. */
    public static String memory(String name) {
        Objects.requireNonNull(name, "name");
        if (!MEMORY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("An in-memory database name is 1 to 100 letters, digits, '_' or '-': "
                    + name);
        }
        return "jdbc:h2:mem:" + name + MEMORY_OPTIONS;
    }
}
