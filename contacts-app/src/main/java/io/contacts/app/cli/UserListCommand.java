package io.contacts.app.cli;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code user list}: the users of one account, or of all. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List users: id, account, login e-mail, names and creation time (UTC), by account then id. "
                + "Never a password or its hash.")
final class UserListCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--account", paramLabel = "ID", description = "Only this account's users (default: every "
            + "account's).")
    private AccountId account;

    @Mixin
    private ListFormat format;

    UserListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<User> users = context.administer("listing the users",
                useCases -> useCases.listUsers().listUsers(Optional.ofNullable(account)));
        Listing listing = new Listing("id", "account_id", "email", "first_name", "last_name", "created_at");
        users.forEach(user -> listing.row(user.id().value(), user.accountId().value(), user.email().value(),
                user.fields().firstName(), user.fields().lastName(), user.createdAt()));
        format.print(listing, context.out());
        return 0;
    }
}
