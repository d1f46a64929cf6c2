package io.contacts.app.config;

/** A configuration value the app cannot start with; its message is the one line an operator needs. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message, null, false, false);
    }

    static ConfigException invalid(String variable, String value, String expectation) {
        return new ConfigException(variable + "='" + value + "' is invalid: " + expectation);
    }
}
