package io.contacts.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code user}: a group; alone it is a usage error that lists its subcommands. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage users who sign in.")
final class UserCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing subcommand: user create|list|delete|reset-password (try 'user --help')");
    }
}
