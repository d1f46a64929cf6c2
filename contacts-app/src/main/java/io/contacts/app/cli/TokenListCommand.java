package io.contacts.app.cli;

import io.contacts.domain.port.in.TokenSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code token list}: what identifies each access token — never the token, which is not kept. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List access tokens, oldest first: an id (the start of the token's stored digest, which signs "
                + "no one in; give it to 'token revoke'), the owner and the creation time (UTC). The tokens "
                + "themselves are never shown: only their digests are kept.")
final class TokenListCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--email", description = "Only the tokens of the user signing in with this e-mail address.")
    private String email;

    @Mixin
    private ListFormat format;

    TokenListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<TokenSummary> tokens = context.administer("listing the tokens",
                useCases -> useCases.listTokens().listTokens(Optional.ofNullable(email)));
        Listing listing = new Listing("id", "account_id", "user_id", "email", "created_at");
        tokens.forEach(token -> listing.row(token.id(), token.owner().accountId().value(), token.owner().id().value(),
                token.owner().email().value(), token.createdAt()));
        format.print(listing, context.out());
        return 0;
    }
}
