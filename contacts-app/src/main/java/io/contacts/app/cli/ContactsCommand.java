package io.contacts.app.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** The top command: with no subcommand it serves, as a service's jar should when simply run. */
@Command(name = "contacts", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Client Contacts: the Harvest API v1 Client Contacts resource as a service.%n"
                + "Configuration comes from CONTACTS_* environment variables (or contacts.* system properties).",
        footer = "%nExit status: 0 success, 1 failure (e.g. database unreachable), 2 bad usage, configuration or input.")
final class ContactsCommand implements Callable<Integer> {

    private final CliContext context;

    ContactsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        return new ServeCommand(context).call();
    }
}
