package io.contacts.domain.model;

/** Port signal: the account already has a client of that name (a store's unique key said so). */
public final class DuplicateClientNameException extends DomainException {

    public DuplicateClientNameException(String name) {
        super("Client name already taken: " + name);
    }
}
