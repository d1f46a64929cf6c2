package io.contacts.domain.port.in;

import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.User;
import io.contacts.domain.model.ValidationException;

/** Use case: add a user who signs in with an e-mail address and a password. */
public interface CreateUserUseCase {

    /**
     * @throws NotFoundException if the account does not exist
     * @throws ValidationException with every problem: blank or invalid fields, an e-mail address taken, a short password
     */
    User createUser(CreateUserCommand command);
}
