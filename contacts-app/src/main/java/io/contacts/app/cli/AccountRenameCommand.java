package io.contacts.app.cli;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.AccountId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code account rename}: give an account a new name. */
@Command(name = "rename", mixinStandardHelpOptions = true,
        description = "Give an account (a company) a new name. Its users, clients and contacts are unchanged; "
                + "'who_am_i' answers the new name at once.")
final class AccountRenameCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account's id "
            + "(see 'account list').")
    private AccountId account;

    @Option(names = "--name", required = true, description = "The company's new name.")
    private String name;

    AccountRenameCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Account renamed = context.administer("renaming the account",
                useCases -> useCases.renameAccount().renameAccount(account, name));
        context.out().println("Renamed account " + renamed.id().value() + " to " + renamed.name());
        return 0;
    }
}
