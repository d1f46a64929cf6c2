package io.contacts.domain.service;

import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Login;
import io.contacts.domain.model.NotFoundException;
import io.contacts.domain.port.out.Users;

/** The user an administrator names by its login, written in any case. */
final class Logins {

    private Logins() {
    }

    /** @throws NotFoundException if no user signs in with that e-mail address */
    static Login find(Users users, String email) {
        return EmailAddress.parse(email.strip())
                .flatMap(address -> users.findLogin(address.lowerCased()))
                .orElseThrow(() -> NotFoundException.userWithEmail(email));
    }
}
