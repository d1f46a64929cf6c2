package io.contacts.domain.model;

/** Port signal: a contact was written for a client the account does not have (a store's foreign key said so). */
public final class UnknownClientException extends DomainException {

    public UnknownClientException(ClientId id) {
        super("Client " + id.value() + " does not exist");
    }
}
