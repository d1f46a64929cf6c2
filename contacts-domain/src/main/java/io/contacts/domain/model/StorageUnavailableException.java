package io.contacts.domain.model;

/** Fault: the store cannot be reached or did not answer in time; the operation may be retried later. */
public final class StorageUnavailableException extends DomainException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
