package io.contacts.domain.port.in;

import io.contacts.domain.model.ClientHasContactsException;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.StaleVersionException;

/** Use case: delete a client that no contact belongs to any more. */
public interface DeleteClientUseCase {

    /**
     * @throws NotFoundException if the account has no such client
     * @throws ClientHasContactsException while contacts belong to it; nothing is deleted
     * @throws StaleVersionException if the client is no longer at the expected version
     */
    void deleteClient(ClientCommand command);
}
