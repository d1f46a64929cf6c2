package io.contacts.domain.port.in;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.StaleVersionException;
import io.contacts.domain.model.ValidationException;

/** Use case: change some fields of a client; the fields not sent keep their values. */
public interface UpdateClientUseCase {

    /**
     * @throws NotFoundException if the account has no such client
     * @throws ValidationException with every problem of the change; nothing is changed
     * @throws StaleVersionException if the client is no longer at the expected version
     */
    Client updateClient(UpdateClientCommand command);
}
