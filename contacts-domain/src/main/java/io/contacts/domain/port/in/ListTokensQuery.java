package io.contacts.domain.port.in;

import io.contacts.domain.model.NotFoundException;

import java.util.List;
import java.util.Optional;

/** Use case: the access tokens of one user, or of everyone, oldest first — what identifies each, never the token. */
public interface ListTokensQuery {

    /** @throws NotFoundException if an e-mail address is given and no user signs in with it */
    List<TokenSummary> listTokens(Optional<String> ownerEmail);
}
