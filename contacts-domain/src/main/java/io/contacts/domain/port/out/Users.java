package io.contacts.domain.port.out;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.DuplicateEmailException;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Login;
import io.contacts.domain.model.User;
import io.contacts.domain.model.UserFields;
import io.contacts.domain.model.UserId;

import java.time.Instant;
import java.util.Optional;

/** Driven port: the users who sign in, with their password hashes (never the passwords). */
public interface Users {

    /**
     * Stores a new user of the account, created at {@code now}.
     *
     * @throws DuplicateEmailException if any user, in any account, has that e-mail address
     */
    User add(AccountId account, UserFields fields, String passwordHash, Instant now);

    Optional<User> find(AccountId account, UserId id);

    /** The user signing in with that (lower-cased) e-mail address, whatever its account. */
    Optional<Login> findLogin(EmailAddress email);
}
