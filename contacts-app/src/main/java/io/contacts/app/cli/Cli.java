package io.contacts.app.cli;

import io.contacts.app.config.ConfigException;
import io.contacts.app.config.ConfigSource;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.StorageUnavailableException;
import io.contacts.domain.model.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line: {@code serve} (default), {@code migrate}, {@code account create|list|rename},
 * {@code user create|list|delete|reset-password}, {@code token create|list|revoke}. Exit status 0 on success, 1 for
 * a failure (the database unreachable, say), 2 for bad usage, configuration or input, 3 when what a command names
 * (an account, a user, a token) does not exist.
 */
public final class Cli {

    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;
    static final int NOT_FOUND = 3;
    /** Every command's help ends with it. */
    static final String EXIT_STATUS = "%nExit status: 0 success, 1 failure (e.g. database unreachable), 2 bad usage, "
            + "configuration or input, 3 not found (no such account, user or token).";
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** Runs a command line in this process, on its environment and standard streams. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return run(new CliContext(ConfigSource.system(), out, err, in), args);
    }

    /** Runs a command line on the given context. */
    static int run(CliContext context, String... args) {
        if (args.length == 0) {
            // The bare command is the service, and parses nothing: building the command tree by reflection was
            // a tenth of every start.
            try {
                return new ServeCommand(context).call();
            } catch (Exception failure) {
                return report(failure, context.err());
            }
        }
        return commandLine(context).execute(args);
    }

    /** The command tree, wired to the given context (tests pass their own streams and settings). */
    public static CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new ContactsCommand(context))
                .addSubcommand(new ServeCommand(context))
                .addSubcommand(new MigrateCommand(context))
                .addSubcommand(new CommandLine(new AccountCommand())
                        .addSubcommand(new AccountCreateCommand(context))
                        .addSubcommand(new AccountListCommand(context))
                        .addSubcommand(new AccountRenameCommand(context)))
                .addSubcommand(new CommandLine(new UserCommand())
                        .addSubcommand(new UserCreateCommand(context))
                        .addSubcommand(new UserListCommand(context))
                        .addSubcommand(new UserDeleteCommand(context))
                        .addSubcommand(new UserResetPasswordCommand(context)))
                .addSubcommand(new CommandLine(new TokenCommand())
                        .addSubcommand(new TokenCreateCommand(context))
                        .addSubcommand(new TokenListCommand(context))
                        .addSubcommand(new TokenRevokeCommand(context)));
        // After the subcommands: a converter registers with those already added.
        cli.registerConverter(AccountId.class, Cli::accountId);
        withExitStatus(cli);
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setExecutionExceptionHandler((failure, command, parsed) -> report(failure, context.err()));
        return cli;
    }

    private static void withExitStatus(CommandLine command) {
        if (command.getCommandSpec().usageMessage().footer().length == 0) {
            command.getCommandSpec().usageMessage().footer(EXIT_STATUS);
        }
        command.getSubcommands().values().forEach(Cli::withExitStatus);
    }

    /** An account id as typed: a positive whole number, or a usage error that says so. */
    private static AccountId accountId(String text) {
        try {
            long value = Long.parseLong(text);
            if (value > 0) {
                return AccountId.of(value);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new CommandLine.TypeConversionException("'" + text + "' is not an account id (a positive whole number)");
    }

    /** One clear line per failure on standard error; the stack trace only in the log, for the unexpected. */
    private static int report(Exception failure, PrintWriter err) {
        if (failure instanceof ConfigException) {
            err.println("contacts: invalid configuration: " + failure.getMessage());
            return BAD_INPUT;
        }
        if (failure instanceof ValidationException invalid) {
            invalid.messages().forEach(message -> err.println("contacts: " + message));
            return BAD_INPUT;
        }
        if (failure instanceof NotFoundException) {
            err.println("contacts: " + failure.getMessage());
            return NOT_FOUND;
        }
        if (failure instanceof StorageUnavailableException) {
            Throwable reason = failure.getCause() == null ? failure : failure.getCause();
            err.println("contacts: the database is unavailable: " + reason.getMessage());
            return FAILURE;
        }
        LOG.error("command failed", failure);
        err.println("contacts: failed: " + failure.getMessage());
        return FAILURE;
    }
}
