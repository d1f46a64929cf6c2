package io.contacts.domain.port.in;

import io.contacts.domain.model.Contact;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.StaleVersionException;
import io.contacts.domain.model.ValidationException;

/** Use case: change some fields of a contact; the fields not sent keep their values. */
public interface UpdateContactUseCase {

    /**
     * @return the contact as stored after the change, at the next version
     * @throws NotFoundException if the account has no such contact
     * @throws ValidationException with every problem of the change; nothing is changed
     * @throws StaleVersionException if the contact is no longer at the expected version
     */
    Contact updateContact(UpdateContactCommand command);
}
