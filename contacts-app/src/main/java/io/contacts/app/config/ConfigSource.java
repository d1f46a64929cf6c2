package io.contacts.app.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where settings come from: a {@code -D} system property ({@code contacts.http.port}) wins over the environment
 * variable of the same name ({@code CONTACTS_HTTP_PORT}), as a command line is more deliberate than an environment.
 */
public final class ConfigSource {

    private final Map<String, String> environment;
    private final Properties properties;

    public ConfigSource(Map<String, String> environment, Properties properties) {
        this.environment = Map.copyOf(environment);
        this.properties = properties;
    }

    /** The process's own environment and system properties. */
    public static ConfigSource system() {
        return new ConfigSource(System.getenv(), System.getProperties());
    }

    /** The value of a variable, if set to something other than blank. */
    public Optional<String> get(String variable) {
        String value = properties.getProperty(propertyName(variable));
        if (value == null) {
            value = environment.get(variable);
        }
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }

    /** {@code CONTACTS_HTTP_PORT} → {@code contacts.http.port}. */
    static String propertyName(String variable) {
        return variable.toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
