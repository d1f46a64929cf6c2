package io.contacts.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code account}: a group; alone it is a usage error that lists its subcommands. */
@Command(name = "account", mixinStandardHelpOptions = true, description = "Manage accounts (companies).")
final class AccountCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing subcommand: account create|list|rename (try 'account --help')");
    }
}
