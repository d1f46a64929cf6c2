package io.contacts.domain.model;

/**
 * Outcome a caller must tell apart: every exception the use cases and the ports throw on purpose.
 * A transport maps each kind to its answer in one place; anything else is a bug.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, ValidationException, StaleVersionException, ClientHasContactsException,
                DuplicateClientNameException, DuplicateEmailException, UnknownClientException,
                StorageUnavailableException, SignInsBrakedException {

    /** An expected outcome, not a fault: no stack trace is worth its cost. */
    protected DomainException(String message) {
        super(message, null, false, false);
    }

    /** A fault below the domain, kept with its cause for the log. */
    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }
}
