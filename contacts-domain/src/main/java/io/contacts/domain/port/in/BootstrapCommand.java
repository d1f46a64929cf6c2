package io.contacts.domain.port.in;

import java.util.Objects;
import java.util.Optional;

/** Command: on a store with no account yet, create the first one and its user; unset values are generated. */
public record BootstrapCommand(Optional<String> email, Optional<String> password) {

    public BootstrapCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "BootstrapCommand[email=" + email + "]";
    }
}
