package io.contacts.domain.port.in;

import io.contacts.domain.model.Client;
import io.contacts.domain.model.ValidationException;

/** Use case: add a client to the account; its name must be new in the account. */
public interface CreateClientUseCase {

    /** @throws ValidationException with every problem of the input */
    Client createClient(CreateClientCommand command);
}
