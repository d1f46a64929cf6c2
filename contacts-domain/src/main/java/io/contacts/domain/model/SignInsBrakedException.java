package io.contacts.domain.model;

/**
 * Outcome: a login has used up its failed password sign-ins, so none is tried for it — right password or
 * wrong — until its window ends. Says nothing of whether the login exists.
 */
public final class SignInsBrakedException extends DomainException {

    private final long retryAfterSeconds;

    public SignInsBrakedException(long retryAfterSeconds) {
        super("Too many failed sign-ins for this login; retry in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds until the login's window ends, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
