package io.contacts.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code token}: a group; alone it is a usage error that lists its subcommands. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage personal access tokens.")
final class TokenCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing subcommand: token create|list|revoke (try 'token --help')");
    }
}
