package io.contacts.app.cli;

import io.contacts.app.config.ConfigException;
import io.contacts.app.config.ConfigSource;
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
 * The command line: {@code serve} (default), {@code migrate}, {@code account create}, {@code user create},
 * {@code token create}. Exit status 0 on success, 2 for bad usage, configuration or input, 1 for a failure.
 */
public final class Cli {

    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;
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
                        .addSubcommand(new AccountCreateCommand(context)))
                .addSubcommand(new CommandLine(new UserCommand())
                        .addSubcommand(new UserCreateCommand(context)))
                .addSubcommand(new CommandLine(new TokenCommand())
                        .addSubcommand(new TokenCreateCommand(context)));
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setExecutionExceptionHandler((failure, command, parsed) -> report(failure, context.err()));
        return cli;
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
            return BAD_INPUT;
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
