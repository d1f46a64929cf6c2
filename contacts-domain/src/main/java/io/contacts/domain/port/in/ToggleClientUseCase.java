package io.contacts.domain.port.in;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.StaleVersionException;

/** Use case: flip a client between active and inactive. */
public interface ToggleClientUseCase {

    /**
     * @throws NotFoundException if the account has no such client
     * @throws StaleVersionException if the client is no longer at the expected version
     */
    Client toggleClient(ClientCommand command);
}
