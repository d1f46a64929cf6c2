package io.contacts.domain.port.out;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.DuplicateEmailException;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Login;
import io.contacts.domain.model.User;
import io.contacts.domain.model.UserFields;
import io.contacts.domain.model.UserId;

import java.time.Instant;
import java.util.List;
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

    /** The users of the account, in id order. */
    List<User> list(AccountId account);

    /**
     * Removes the user; {@code false} when the account has no such user. The user's access tokens must be
     * removed first ({@link AccessTokens#removeAllOf}), in the same transaction.
     */
    boolean delete(AccountId account, UserId id);

    /** Replaces the user's password hash; {@code false} when the account has no such user. */
    boolean changePasswordHash(AccountId account, UserId id, String passwordHash);
}
