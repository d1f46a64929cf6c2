package io.contacts.app.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsers of settings' values: each turns a setting's text into its value, or says in its exception's message
 * what it expects, which {@link #parse} turns into the one-line message naming the setting.
 */
final class ConfigValues {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s)");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})(KiB|MiB)?");
    private static final int KIB = 1024;

    private ConfigValues() {
    }

    /** {@code Ns} or {@code Nms}, at least a millisecond and at most a day. */
    static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            Duration value = matcher.group(2).equals("s") ? Duration.ofSeconds(amount) : Duration.ofMillis(amount);
            if (!value.isZero() && value.compareTo(Duration.ofDays(1)) <= 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("a duration such as 30s or 500ms, from 1ms to one day");
    }

    /** {@code N} bytes, {@code NKiB} or {@code NMiB}, from {@code min} to {@code max} bytes. */
    static int size(String text, int min, int max) {
        Matcher matcher = SIZE.matcher(text);
        if (matcher.matches()) {
            long unit = matcher.group(2) == null ? 1 : matcher.group(2).equals("KiB") ? KIB : KIB * KIB;
            long value = Long.parseLong(matcher.group(1)) * unit;
            if (value >= min && value <= max) {
                return (int) value;
            }
        }
        throw new IllegalArgumentException("a size such as 32MiB, 512KiB or 65536 (bytes), from " + min / KIB
                + "KiB to " + max / KIB / KIB + "MiB");
    }

    /** An IP address, or a name this machine resolves (a literal address is taken as it is, without a lookup). */
    static String host(String text) {
        try {
            InetAddress.getByName(text);
            return text;
        } catch (UnknownHostException | SecurityException e) {
            throw new IllegalArgumentException("an IP address, or a host name this machine resolves");
        }
    }

    /** A directory's path, made absolute against the working directory. */
    static Path directory(String text) {
        if (text.indexOf(';') >= 0) {
            throw new IllegalArgumentException("a directory path without ';' (the embedded database reads what "
                    + "follows one as its settings)");
        }
        try {
            return Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("a directory path (" + e.getReason() + ")");
        }
    }

    static int port(String text) {
        return between(text, 0, 65_535);
    }

    static int between(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the expectation
        }
        throw new IllegalArgumentException("a whole number from " + min + " to " + max);
    }

    /** Parses a value, turning a parser's complaint into the one-line message naming the variable. */
    static <T> T parse(ConfigSource source, String variable, String fallback, Function<String, T> parser) {
        String text = source.get(variable).orElse(fallback);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw ConfigException.invalid(variable, text, e.getMessage());
        }
    }
}
