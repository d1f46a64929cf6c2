package io.contacts.domain.port.in;

import java.util.Optional;

/** Use case: make a fresh store usable — the first account and user, only while there is no account. */
public interface BootstrapUseCase {

    /**
     * The login created, or empty when the store already has an account (then nothing changes).
     *
     * @throws io.contacts.domain.model.ValidationException if the given e-mail address or password is unusable
     */
    Optional<BootstrapLogin> bootstrap(BootstrapCommand command);
}
