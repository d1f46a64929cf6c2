package io.contacts.app.cli;

import io.contacts.app.security.Pbkdf2Secrets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Where a new password comes from: the first line of standard input, or generated and shown once. */
final class PasswordInput {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input "
            + "(a password on the command line would show in the process list). Without it, a password is "
            + "generated and printed once.")
    private boolean fromStdin;

    /** The password to set: read, or generated. */
    String password(BufferedReader in) {
        if (!fromStdin) {
            return new Pbkdf2Secrets().newToken();
        }
        try {
            String line = in.readLine();
            if (line == null) {
                throw new ParameterException(spec.commandLine(), "--password-stdin: standard input was empty");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows a generated password, the one time it is known; a password the operator gave is not repeated. */
    void showIfGenerated(String password, PrintWriter out) {
        if (!fromStdin) {
            out.println("password: " + password + "   (generated; shown this once, only its hash is kept)");
        }
    }
}
