package io.contacts.app;

import java.util.Objects;

/**
 * A start (or a command's opening of the store) that the environment stopped: the port taken, the database out of
 * reach, the data directory not writable. Its message is the one line an operator reads: the cause, naming the
 * port, host or path, and what to do. The driver's or server's exception is kept as the cause, for {@code --debug}.
 */
public final class StartFailure extends RuntimeException {

    public StartFailure(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
    }
}
