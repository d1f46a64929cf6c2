package io.contacts.domain.port.in;

import io.contacts.domain.model.NotFoundException;

/** Use case: give a user a new personal access token, shown once. */
public interface IssueTokenUseCase {

    /** @throws NotFoundException if no user signs in with that e-mail address */
    IssuedToken issueToken(String email);
}
