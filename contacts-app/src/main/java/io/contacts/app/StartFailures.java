package io.contacts.app;

import io.contacts.app.config.AppConfig;
import io.contacts.app.config.ConfigLoader;
import io.contacts.http.undertow.ListenException;
import io.contacts.persistence.jooq.DatabaseFault;
import io.contacts.persistence.jooq.NewerSchemaException;

import java.util.Locale;

/** Turns what stopped a start into the one line an operator acts on: the cause, where, and the setting to change. */
final class StartFailures {

    private StartFailures() {
    }

    /** A listener that could not be opened. */
    static StartFailure listen(ListenException failure) {
        String port = failure.protocol().equals("https") ? ConfigLoader.HTTPS_PORT : ConfigLoader.HTTP_PORT;
        String where = ListenException.authority(failure.host(), failure.port());
        String reason = failure.reason().toLowerCase(Locale.ROOT);
        String message;
        if (reason.contains("already in use")) {
            message = "port " + failure.port() + " on " + failure.host() + " is already in use: stop the other "
                    + "process or set " + port;
        } else if (reason.contains("permission denied")) {
            message = "cannot listen on " + where + " (permission denied): ports below 1024 need privileges; set "
                    + port + " to 1024 or above";
        } else if (reason.contains("assign requested address")) {
            message = "cannot listen on " + where + " (not an address of this machine): set " + ConfigLoader.HTTP_HOST
                    + " to one of its addresses, or 0.0.0.0 for all";
        } else {
            message = "cannot listen on " + where + " (" + failure.reason() + "): check " + ConfigLoader.HTTP_HOST
                    + " and " + port;
        }
        return new StartFailure(message, failure);
    }

    /**
     * What opening or migrating the database threw: a {@link StartFailure} when the driver says why or a newer
     * release migrated the schema, else itself.
     */
    static RuntimeException database(RuntimeException failure, AppConfig config) {
        if (failure instanceof NewerSchemaException newer) {
            return new StartFailure("the schema of " + config.database() + " is at version " + newer.databaseVersion()
                    + ", newer than this release knows (" + newer.knownVersion() + "): run a release that knows "
                    + "version " + newer.databaseVersion() + " or later", failure);
        }
        return DatabaseFault.of(failure, config.dbUrl())
                .<RuntimeException>map(fault -> new StartFailure(message(fault, config), failure))
                .orElse(failure);
    }

    /**
     * A PostgreSQL database reached through a pooler that lends a server session per transaction (PgBouncer's
     * transaction mode) with a URL that lets the driver prepare statements on the server, where they would clash.
     */
    static StartFailure sharedSessions(AppConfig config) {
        return new StartFailure(config.database() + " is reached through a transaction pooler (two connections ran "
                + "in one server session), where the driver's prepared statements would clash: add "
                + "prepareThreshold=0 to " + ConfigLoader.DB_URL + " (docs/operations.md, Connection poolers)", null);
    }

    private static String message(DatabaseFault fault, AppConfig config) {
        boolean postgres = config.dbUrl().startsWith("jdbc:postgresql:");
        String server = (postgres ? "PostgreSQL at " : "the database ") + fault.location();
        String fix = config.dataDirectory().isPresent() ? ConfigLoader.DATA_DIR : ConfigLoader.DB_URL;
        return switch (fault.kind()) {
            case UNREACHABLE -> "cannot reach " + server + " (" + fault.reason() + "): start it, or correct the host "
                    + "and port in " + ConfigLoader.DB_URL;
            case LOGIN_REFUSED -> server + " refused the login (" + fault.reason() + "): check "
                    + ConfigLoader.DB_USER + " and " + ConfigLoader.DB_PASSWORD;
            case NO_DATABASE -> server + " has no such database (" + fault.reason() + "): create it (docs/"
                    + "operations.md, PostgreSQL) or correct the name in " + ConfigLoader.DB_URL;
            case NOT_WRITABLE -> "cannot write the database " + fault.location() + " (" + fault.reason() + "): make it "
                    + "writable for the user that runs the service, or set " + fix;
            case IN_USE -> "the database " + fault.location() + " is in use by another process (a service already "
                    + "running on it?): stop that process, or set " + fix;
            case OTHER -> "cannot open " + config.database() + " (" + fault.reason() + ")";
        };
    }
}
