package io.contacts.app.cli;

import io.contacts.app.Administration;
import io.contacts.app.security.Pbkdf2Secrets;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.User;
import io.contacts.domain.port.in.CreateUserCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/** {@code user create}: add a user to an account; the password comes from standard input or is generated. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create a user who signs in with an e-mail address and a password. Without "
                + "--password-stdin a password is generated and printed once.")
final class UserCreateCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account's id.")
    private long account;

    @Option(names = "--email", required = true, description = "The login e-mail address.")
    private String email;

    @Option(names = "--first-name", required = true)
    private String firstName;

    @Option(names = "--last-name", required = true)
    private String lastName;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input "
            + "(a password on the command line would show in the process list).")
    private boolean passwordFromStdin;

    UserCreateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (account < 1) {
            throw new ParameterException(spec.commandLine(), "--account must be a positive account id");
        }
        String password = passwordFromStdin ? readPassword() : new Pbkdf2Secrets().newToken();
        User user = Administration.run(context.config(), useCases -> useCases.createUser().createUser(
                new CreateUserCommand(AccountId.of(account), email, firstName, lastName, password)));
        context.out().println("Created user " + user.id().value() + " (" + user.email().value() + ") in account "
                + account);
        if (!passwordFromStdin) {
            context.out().println("password: " + password + "   (generated; shown this once, only its hash is kept)");
        }
        return 0;
    }

    private String readPassword() {
        try {
            String line = context.in().readLine();
            if (line == null) {
                throw new ParameterException(spec.commandLine(), "--password-stdin: standard input was empty");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
