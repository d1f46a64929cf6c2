package io.contacts.domain.model;

/** Outcome: the resource changed since the version the caller based its write on; nothing was changed. */
public final class StaleVersionException extends DomainException {

    public StaleVersionException(String kind, long id) {
        super(kind + " " + id + " was changed by another request");
    }
}
