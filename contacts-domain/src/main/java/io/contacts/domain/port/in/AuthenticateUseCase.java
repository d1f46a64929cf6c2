package io.contacts.domain.port.in;

import io.contacts.domain.model.Caller;

import java.util.Optional;

/** Use case: turn a credential into the caller it proves, or nothing. */
public interface AuthenticateUseCase {

    /**
     * The user and account the credential belongs to; empty for an unknown user, a wrong password or an
     * unknown token, without saying which. Slow for passwords, by design.
     */
    Optional<Caller> authenticate(Credential credential);
}
