package io.contacts.app.cli;

import io.contacts.domain.port.in.TokenSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code token revoke}: remove one access token by the id {@code token list} shows. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revoke an access token by its id (from 'token list'). It is refused from then on (on a "
                + "running service, within CONTACTS_CREDENTIAL_TTL, 60 s by default).")
final class TokenRevokeCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--id", required = true, description = "The token's id, as 'token list' shows it.")
    private String id;

    TokenRevokeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        TokenSummary revoked = context.administer("revoking the token",
                useCases -> useCases.revokeToken().revokeToken(id));
        context.out().println("Revoked token " + revoked.id() + " of " + revoked.owner().email().value()
                + " (account " + revoked.owner().accountId().value() + "). " + context.cacheNote());
        return 0;
    }
}
