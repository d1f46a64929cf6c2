package io.contacts.app.cli;

import io.contacts.domain.model.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code account list}: every account, in id order. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every account: its id, name and creation time (UTC), in id order.")
final class AccountListCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    private ListFormat format;

    AccountListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Account> accounts = context.administer("listing the accounts",
                useCases -> useCases.listAccounts().listAccounts());
        Listing listing = new Listing("id", "name", "created_at");
        accounts.forEach(account -> listing.row(account.id().value(), account.name(), account.createdAt()));
        format.print(listing, context.out());
        return 0;
    }
}
