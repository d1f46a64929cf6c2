package io.contacts.domain.port.in;

import io.contacts.domain.model.Caller;

import java.util.Optional;

/**
 * Use case: turn a credential into the caller it proves, or nothing — under the {@link SignInPolicy} the domain was
 * made with: recently verified credentials are trusted for a while, and failed password sign-ins are braked.
 */
public interface AuthenticateUseCase {

    /**
     * The user and account the credential belongs to; empty for an unknown user, a wrong password or an
     * unknown token, without saying which. Slow for passwords not verified lately, by design.
     *
     * @throws io.contacts.domain.model.SignInsBrakedException for a password whose login has used up its failed
     *                                                         sign-ins (not for one verified lately)
     */
    Optional<Caller> authenticate(Credential credential);
}
