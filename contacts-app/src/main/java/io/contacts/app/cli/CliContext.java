package io.contacts.app.cli;

import io.contacts.app.config.AppConfig;
import io.contacts.app.config.ConfigLoader;
import io.contacts.app.config.ConfigSource;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.Objects;

/** What every command works with: where settings come from, and the standard streams. */
public record CliContext(ConfigSource settings, PrintWriter out, PrintWriter err, BufferedReader in) {

    public CliContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
    }

    /** The validated configuration; a bad value fails the command with exit status 2. */
    AppConfig config() {
        return ConfigLoader.load(settings);
    }
}
