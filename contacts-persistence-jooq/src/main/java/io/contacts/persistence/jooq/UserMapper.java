package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Login;
import io.contacts.domain.model.User;
import io.contacts.domain.model.UserFields;
import io.contacts.domain.model.UserId;
import io.contacts.persistence.jooq.schema.tables.records.UsersRecord;

import java.time.Instant;

/** Driven adapter mapping: a user, and the login it signs in with, to and from its row. */
final class UserMapper {

    private UserMapper() {
    }

    /** The row of a new user; the database assigns the id. */
    static UsersRecord newRow(AccountId account, UserFields fields, String passwordHash, Instant createdAt) {
        UsersRecord row = new UsersRecord();
        row.setAccountId(account.value());
        row.setEmail(fields.email().value());
        row.setFirstName(fields.firstName());
        row.setLastName(fields.lastName());
        row.setPasswordHash(passwordHash);
        row.setCreatedAt(UtcTimes.toColumn(createdAt));
        return row;
    }

    static User toUser(UsersRecord row) {
        UserFields fields = new UserFields(EmailAddress.of(row.getEmail()), row.getFirstName(), row.getLastName());
        return new User(UserId.of(row.getId()), AccountId.of(row.getAccountId()), fields,
                UtcTimes.fromColumn(row.getCreatedAt()));
    }

    static Login toLogin(UsersRecord row) {
        return new Login(toUser(row), row.getPasswordHash());
    }
}
