package io.contacts.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.util.concurrent.Callable;

/** The top command: with no subcommand it serves, as a service's jar should when simply run. */
@Command(name = "contacts", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Client Contacts: the Harvest API v1 Client Contacts resource as a service.%n"
                + "Configuration comes from CONTACTS_* environment variables (or contacts.* system properties).",
        footer = {Cli.EXIT_STATUS,
            "Every command also works while 'serve' runs on the same database, the embedded one included."})
final class ContactsCommand implements Callable<Integer> {

    private final CliContext context;

    /** Read from the parse result by {@link Cli}, on whichever command it was given. */
    @Option(names = Cli.DEBUG, scope = ScopeType.INHERIT, description = "Show a failure's stack trace (on standard "
            + "error) and log at DEBUG, with every logged error's whole stack trace.")
    private boolean debug;

    ContactsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        return new ServeCommand(context).call();
    }
}
