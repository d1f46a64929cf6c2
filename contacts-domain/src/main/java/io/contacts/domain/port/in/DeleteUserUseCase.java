package io.contacts.domain.port.in;

import io.contacts.domain.model.NotFoundException;

/**
 * Use case: remove a user and its access tokens. The account and its data stay, even when the last user goes:
 * a user added to it later sees them again.
 */
public interface DeleteUserUseCase {

    /** @throws NotFoundException if no user signs in with that e-mail address */
    DeletedUser deleteUser(String email);
}
