package io.contacts.app.config;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the service logs: the root level ({@code CONTACTS_LOG_LEVEL}) and the line format ({@code CONTACTS_LOG_FORMAT},
 * {@code text} or {@code json}). Read on its own, as logging starts before any command reads the rest.
 */
public record LogSettings(String level, boolean json) {

    public static final String LOG_LEVEL = "CONTACTS_LOG_LEVEL";
    public static final String LOG_FORMAT = "CONTACTS_LOG_FORMAT";
    /** Logback's levels, by the names it knows them. */
    static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");
    static final List<String> FORMATS = List.of("text", "json");

    public LogSettings {
        Objects.requireNonNull(level, "level");
    }

    /** INFO, as text. */
    public static LogSettings defaults() {
        return new LogSettings("INFO", false);
    }

    /** The settings from {@code source}; a value out of their lists is a {@link ConfigException}. */
    public static LogSettings load(ConfigSource source) {
        String level = source.get(LOG_LEVEL).orElse("INFO");
        if (!LEVELS.contains(level.toUpperCase(Locale.ROOT))) {
            throw ConfigException.invalid(LOG_LEVEL, level, "one of " + String.join(", ", LEVELS)
                    + " (any case)");
        }
        String format = source.get(LOG_FORMAT).orElse("text");
        if (!FORMATS.contains(format)) {
            throw ConfigException.invalid(LOG_FORMAT, format, "text or json");
        }
        return new LogSettings(level.toUpperCase(Locale.ROOT), format.equals("json"));
    }

    /** The settings from {@code source}, or the defaults when one is bad: the command that loads them refuses it. */
    public static LogSettings loadOrDefaults(ConfigSource source) {
        try {
            return load(source);
        } catch (ConfigException refusedLater) {
            return defaults();
        }
    }
}
