package io.contacts.app.cli;

import io.contacts.domain.model.User;
import io.contacts.domain.port.in.DeletedUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code user delete}: remove a user and its access tokens; the account and its data stay. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Delete a user and all of its access tokens. Its password and tokens stop working "
                + "(on a running service, within CONTACTS_CREDENTIAL_TTL, 60 s by default).",
            "The account and its clients and contacts stay, even when its last user goes: 'user create "
                + "--account ID' gives it a user again."})
final class UserDeleteCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--email", required = true, description = "The user's login e-mail address.")
    private String email;

    UserDeleteCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        DeletedUser deleted = context.administer("deleting the user",
                useCases -> useCases.deleteUser().deleteUser(email));
        User user = deleted.user();
        long account = user.accountId().value();
        context.out().println("Deleted user " + user.id().value() + " (" + user.email().value() + ") of account "
                + account + ", and its " + deleted.tokensRevoked() + " access token(s). " + context.cacheNote());
        if (!deleted.accountHasUsersLeft()) {
            context.out().println("Account " + account + " has no user left; its data stays. Give it one with "
                    + "'user create --account " + account + " …'.");
        }
        return 0;
    }
}
