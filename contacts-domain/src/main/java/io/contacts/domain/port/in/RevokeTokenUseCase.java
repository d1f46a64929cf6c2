package io.contacts.domain.port.in;

import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.model.ValidationException;

/** Use case: revoke one access token by the id {@link ListTokensQuery} shows for it. */
public interface RevokeTokenUseCase {

    /**
     * @throws ValidationException if the id is not one ({@link TokenSummary#ID_LENGTH} hexadecimal characters)
     * @throws NotFoundException if no token has that id
     */
    TokenSummary revokeToken(String id);
}
