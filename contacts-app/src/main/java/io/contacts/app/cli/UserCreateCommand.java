package io.contacts.app.cli;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.User;
import io.contacts.domain.port.in.CreateUserCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code user create}: add a user to an account; the password comes from standard input or is generated. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create a user who signs in with an e-mail address and a password. Without "
                + "--password-stdin a password is generated and printed once. The user can sign in at once, also "
                + "while the service runs.")
final class UserCreateCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account's id "
            + "(see 'account list').")
    private AccountId account;

    @Option(names = "--email", required = true, description = "The login e-mail address (unique across accounts).")
    private String email;

    @Option(names = "--first-name", required = true)
    private String firstName;

    @Option(names = "--last-name", required = true)
    private String lastName;

    @Mixin
    private PasswordInput passwordInput;

    UserCreateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String password = passwordInput.password(context.in());
        User user = context.administer("creating the user", useCases -> useCases.createUser().createUser(
                new CreateUserCommand(account, email, firstName, lastName, password)));
        context.out().println("Created user " + user.id().value() + " (" + user.email().value() + ") in account "
                + account.value());
        passwordInput.showIfGenerated(password, context.out());
        return 0;
    }
}
