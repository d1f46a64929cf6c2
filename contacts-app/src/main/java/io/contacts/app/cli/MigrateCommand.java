package io.contacts.app.cli;

import io.contacts.app.Administration;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code migrate}: create or upgrade the database schema, then exit. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create or upgrade the database schema (serve does it too), then exit.")
final class MigrateCommand implements Callable<Integer> {

    private final CliContext context;

    MigrateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Administration.migrate(context.config());
        context.out().println("Schema is up to date.");
        return 0;
    }
}
