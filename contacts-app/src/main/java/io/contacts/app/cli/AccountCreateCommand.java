package io.contacts.app.cli;

import io.contacts.domain.model.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code account create}: open a new account (a company) with no users yet. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create an account; prints its id. Add a user to it with 'user create'.")
final class AccountCreateCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--name", required = true, description = "The company's name.")
    private String name;

    AccountCreateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Account account = context.administer("creating the account",
                useCases -> useCases.createAccount().createAccount(name));
        context.out().println("Created account " + account.id().value() + " (" + account.name() + ")");
        return 0;
    }
}
