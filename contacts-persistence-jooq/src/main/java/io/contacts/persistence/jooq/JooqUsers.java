package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.DuplicateEmailException;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Login;
import io.contacts.domain.model.User;
import io.contacts.domain.model.UserFields;
import io.contacts.domain.model.UserId;
import io.contacts.domain.port.out.Users;
import io.contacts.persistence.jooq.schema.Keys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.contacts.persistence.jooq.schema.Tables.USERS;

/** Driven adapter: the {@link Users} port on the users table, the e-mail address unique across accounts. */
final class JooqUsers implements Users {

    private final Database db;

    JooqUsers(Database db) {
        this.db = db;
    }

    @Override
    public User add(AccountId account, UserFields fields, String passwordHash, Instant now) {
        long id = db.write(dsl -> dsl.insertInto(USERS)
                        .set(UserMapper.newRow(account, fields, passwordHash, now))
                        .returningResult(USERS.ID)
                        .fetchSingle()
                        .value1(),
                Violation.ofUnique(Keys.USERS_EMAIL_UK, () -> new DuplicateEmailException(fields.email())));
        return new User(UserId.of(id), account, fields, now);
    }

    @Override
    public Optional<User> find(AccountId account, UserId id) {
        return db.read(dsl -> dsl.selectFrom(USERS)
                .where(USERS.ACCOUNT_ID.eq(account.value()), USERS.ID.eq(id.value()))
                .fetchOptional(UserMapper::toUser));
    }

    @Override
    public Optional<Login> findLogin(EmailAddress email) {
        // Global by nature: a sign-in names an e-mail address, not an account.
        return db.read(dsl -> dsl.selectFrom(USERS)
                .where(USERS.EMAIL.eq(email.value()))
                .fetchOptional(UserMapper::toLogin));
    }

    @Override
    public List<User> list(AccountId account) {
        return db.read(dsl -> dsl.selectFrom(USERS)
                .where(USERS.ACCOUNT_ID.eq(account.value()))
                .orderBy(USERS.ID)
                .fetch(UserMapper::toUser));
    }

    @Override
    public boolean delete(AccountId account, UserId id) {
        return db.write(dsl -> dsl.deleteFrom(USERS)
                .where(USERS.ACCOUNT_ID.eq(account.value()), USERS.ID.eq(id.value()))
                .execute()) == 1;
    }

    @Override
    public boolean changePasswordHash(AccountId account, UserId id, String passwordHash) {
        return db.write(dsl -> dsl.update(USERS)
                .set(USERS.PASSWORD_HASH, passwordHash)
                .where(USERS.ACCOUNT_ID.eq(account.value()), USERS.ID.eq(id.value()))
                .execute()) == 1;
    }
}
