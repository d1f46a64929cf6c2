package io.contacts.domain.memory;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.DuplicateEmailException;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Login;
import io.contacts.domain.model.User;
import io.contacts.domain.model.UserFields;
import io.contacts.domain.model.UserId;
import io.contacts.domain.port.out.Users;

import java.time.Instant;
import java.util.Optional;

/** Driven adapter: users and their password hashes in memory, the e-mail unique across accounts. */
final class InMemoryUsers implements Users {

    private final InMemoryDatabase db;

    InMemoryUsers(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public User add(AccountId account, UserFields fields, String passwordHash, Instant now) {
        return db.locked(() -> {
            if (findLogin(fields.email()).isPresent()) {
                throw new DuplicateEmailException(fields.email());
            }
            UserId id = UserId.of(db.userIds.incrementAndGet());
            User user = new User(id, account, fields, now);
            db.users.put(id.value(), new Login(user, passwordHash));
            db.onRollback(() -> db.users.remove(id.value()));
            return user;
        });
    }

    @Override
    public Optional<User> find(AccountId account, UserId id) {
        return db.locked(() -> Optional.ofNullable(db.users.get(id.value()))
                .map(Login::user)
                .filter(user -> user.accountId().equals(account)));
    }

    @Override
    public Optional<Login> findLogin(EmailAddress email) {
        return db.locked(() -> db.users.values().stream()
                .filter(login -> login.user().email().equals(email))
                .findFirst());
    }
}
