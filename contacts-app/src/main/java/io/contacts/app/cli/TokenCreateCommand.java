package io.contacts.app.cli;

import io.contacts.domain.port.in.IssuedToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code token create}: give a user a personal access token, printed once (only its digest is kept). */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create a personal access token for a user and print it once, alone on standard output. "
                + "Use it as 'Authorization: Bearer <token>' or '?access_token=<token>'; it works at once, also while "
                + "the service runs. 'token list' shows its id, 'token revoke' ends it.")
final class TokenCreateCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--email", required = true, description = "The login e-mail address of the token's owner.")
    private String email;

    TokenCreateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        IssuedToken issued = context.administer("creating the token",
                useCases -> useCases.issueToken().issueToken(email));
        context.out().println(issued.token());
        return 0;
    }
}
