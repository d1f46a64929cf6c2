package io.contacts.app.cli;

import io.contacts.app.Administration;
import io.contacts.app.config.AppConfig;
import io.contacts.app.config.ConfigLoader;
import io.contacts.app.config.ConfigSource;
import io.contacts.domain.port.in.UseCases;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

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

    /**
     * Runs one administrative act on the configured store — also while {@code serve} runs on it — and says so on
     * standard error if it is still at work after a second (opening the store, hashing a password).
     */
    <T> T administer(String doing, Function<UseCases, T> work) {
        AppConfig config = config();
        SlowNotice notice = SlowNotice.start(err, "contacts: still " + doing + "…");
        try {
            return Administration.run(config, work);
        } finally {
            notice.close();
        }
    }

    /** How long a running service may still accept a credential this command took away. */
    String cacheNote() {
        Duration ttl = config().credentialTtl();
        if (ttl.isZero()) {
            return "A running service refuses the old credential from its next request on.";
        }
        String time = ttl.toMillis() % 1000 == 0 ? ttl.toSeconds() + " s" : ttl.toMillis() + " ms";
        return "A running service that verified the old credential in the last " + time + " may still accept it "
                + "for the rest of that time (CONTACTS_CREDENTIAL_TTL).";
    }
}
