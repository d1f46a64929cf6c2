package io.contacts.domain.port.in;

import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.StaleVersionException;

/** Use case: delete a contact. */
public interface DeleteContactUseCase {

    /**
     * @throws NotFoundException if the account has no such contact
     * @throws StaleVersionException if the contact is no longer at the expected version
     */
    void deleteContact(DeleteContactCommand command);
}
