package io.contacts.app.cli;

import io.contacts.app.ConsoleLogging;
import io.contacts.app.StartFailure;
import io.contacts.app.config.ConfigException;
import io.contacts.app.config.ConfigSource;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.StorageUnavailableException;
import io.contacts.domain.model.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line: {@code serve} (default), {@code migrate}, {@code account create|list|rename},
 * {@code user create|list|delete|reset-password}, {@code token create|list|revoke}. Exit status 0 on success, 1 when
 * something outside the command stopped it (port taken, database out of reach, ...), 2 for bad usage, configuration
 * or input, 3 when what a command names (an account, a user, a token) does not exist. A failure is one line on
 * standard error; its stack trace comes too only with {@code --debug}, on standard error as well.
 */
public final class Cli {

    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;
    static final int NOT_FOUND = 3;
    /** Every command's help ends with it. */
    static final String EXIT_STATUS = "%nExit status: 0 success; 1 failure (port in use, database unreachable, data "
            + "directory not writable, ...); 2 bad usage, configuration or input; 3 not found (no such account, user "
            + "or token); 130 or 143 for serve stopped by SIGINT or SIGTERM. A failure is one line on standard error.";
    /** The option, allowed on every command, that adds stack traces and DEBUG logging. */
    static final String DEBUG = "--debug";

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
                return report(failure, context.err(), false);
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
                        .addSubcommand(new TokenRevokeCommand(context)))
                .addSubcommand(new ExportCommand(context))
                .addSubcommand(new ImportCommand(context));
        // After the subcommands: a converter registers with those already added.
        cli.registerConverter(AccountId.class, Cli::accountId);
        withExitStatus(cli);
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setExecutionStrategy(parsed -> {
            if (!helpRequested(parsed)) {
                if (debugging(parsed)) {
                    ConsoleLogging.debug();
                }
                if (!serving(parsed)) {
                    ConsoleLogging.toStandardError();
                }
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExecutionExceptionHandler((failure, command, parsed) -> report(failure, context.err(),
                debugging(parsed)));
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

    /** Whether {@code --help} or {@code --version} was given: then the command prints that and runs nothing. */
    private static boolean helpRequested(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.isUsageHelpRequested() || level.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code --debug} was given, to the top command or to any subcommand. */
    private static boolean debugging(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(DEBUG)) {
                return true;
            }
        }
        return false;
    }

    /** The service's standard output is its log; any other command's is its result, its log going to stderr. */
    private static boolean serving(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        Object command = last.commandSpec().userObject();
        return command instanceof ServeCommand || command instanceof ContactsCommand;
    }

    /** One clear line per failure on standard error; with {@code --debug}, its stack trace after it. */
    private static int report(Exception failure, PrintWriter err, boolean debug) {
        int status = explain(failure, err);
        if (debug) {
            failure.printStackTrace(err);
        }
        return status;
    }

    private static int explain(Exception failure, PrintWriter err) {
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
        if (failure instanceof StartFailure) {
            err.println("contacts: " + failure.getMessage());
            return FAILURE;
        }
        if (failure instanceof StorageUnavailableException) {
            Throwable reason = failure.getCause() == null ? failure : failure.getCause();
            err.println("contacts: the database is unavailable: " + oneLine(reason.getMessage()));
            return FAILURE;
        }
        // Unexpected: a bug, or a failure no one foresaw; still one line, the trace left to --debug.
        err.println("contacts: failed: " + oneLine(failure.getMessage()) + " (" + DEBUG + " shows the stack trace)");
        return FAILURE;
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
