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
import java.util.List;
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

    @Override
    public List<User> list(AccountId account) {
        return db.locked(() -> db.users.values().stream()
                .map(Login::user)
                .filter(user -> user.accountId().equals(account))
                .toList());
    }

    @Override
    public boolean delete(AccountId account, UserId id) {
        return db.locked(() -> {
            if (find(account, id).isEmpty()) {
                return false;
            }
            Login removed = db.users.remove(id.value());
            db.onRollback(() -> db.users.put(id.value(), removed));
            return true;
        });
    }

    @Override
    public boolean changePasswordHash(AccountId account, UserId id, String passwordHash) {
        return db.locked(() -> {
            Optional<User> user = find(account, id);
            user.ifPresent(found -> {
                Login before = db.users.put(id.value(), new Login(found, passwordHash));
                db.onRollback(() -> db.users.put(id.value(), before));
            });
            return user.isPresent();
        });
    }
}
