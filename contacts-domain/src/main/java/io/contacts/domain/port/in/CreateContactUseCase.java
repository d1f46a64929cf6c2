package io.contacts.domain.port.in;

import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ValidationException;

/** Use case: add a contact to one of the account's clients. */
public interface CreateContactUseCase {

    /**
     * @return the stored contact, with its id, timestamps and version 1
     * @throws ValidationException with every problem of the input
     */
    Contact createContact(CreateContactCommand command);
}
