package io.contacts.app.cli;

import io.contacts.domain.model.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code user reset-password}: give a user a new password, read from standard input or generated. */
@Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = "Give a user a new password: generated and printed once, or read with --password-stdin. "
                + "The new one works at once; the old one stops working (on a running service, within "
                + "CONTACTS_CREDENTIAL_TTL, 60 s by default). The user's access tokens are kept.")
final class UserResetPasswordCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--email", required = true, description = "The user's login e-mail address.")
    private String email;

    @Mixin
    private PasswordInput passwordInput;

    UserResetPasswordCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String password = passwordInput.password(context.in());
        User user = context.administer("setting the password",
                useCases -> useCases.resetPassword().resetPassword(email, password));
        context.out().println("New password set for user " + user.id().value() + " (" + user.email().value()
                + "). " + context.cacheNote());
        passwordInput.showIfGenerated(password, context.out());
        return 0;
    }
}
