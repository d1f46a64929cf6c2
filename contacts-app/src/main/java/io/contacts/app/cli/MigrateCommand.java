package io.contacts.app.cli;

import io.contacts.app.Administration;
import io.contacts.app.config.AppConfig;
import io.contacts.persistence.jooq.SchemaMigration;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code migrate}: create or upgrade the database schema, then exit, saying which it did. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create or upgrade the database schema (serve does it too), then exit. Prints what it did: "
                + "created the schema, applied migrations, or found it up to date.")
final class MigrateCommand implements Callable<Integer> {

    private final CliContext context;

    MigrateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        AppConfig config = context.config();
        SchemaMigration done = Administration.migrate(config);
        context.out().println(describe(done, config.database()));
        return 0;
    }

    static String describe(SchemaMigration done, String database) {
        if (done.created()) {
            return "Created the schema in " + database + ": " + count(done.applied()) + " applied, now at version "
                    + done.version() + ".";
        }
        if (done.changed()) {
            return "Upgraded the schema in " + database + " from version " + done.fromVersion().orElseThrow()
                    + " to " + done.version() + ": " + count(done.applied()) + " applied.";
        }
        return "Schema is up to date in " + database + " (version " + done.version() + ").";
    }

    private static String count(int migrations) {
        return migrations + (migrations == 1 ? " migration" : " migrations");
    }
}
