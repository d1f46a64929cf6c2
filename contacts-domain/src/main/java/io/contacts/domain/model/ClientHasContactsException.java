package io.contacts.domain.model;

/** Outcome: a client cannot be deleted while contacts still belong to it; nothing was deleted. */
public final class ClientHasContactsException extends DomainException {

    public ClientHasContactsException(ClientId id) {
        super("Client " + id.value() + " still has contacts; delete them first");
    }
}
