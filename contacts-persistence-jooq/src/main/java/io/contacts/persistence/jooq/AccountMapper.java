package io.contacts.persistence.jooq;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.AccountId;
import io.contacts.persistence.jooq.schema.tables.records.AccountsRecord;

import java.time.Instant;

/** Driven adapter mapping: an account to and from its row. */
final class AccountMapper {

    private AccountMapper() {
    }

    /** The row of a new account; the database assigns the id. */
    static AccountsRecord newRow(String name, Instant createdAt) {
        AccountsRecord row = new AccountsRecord();
        row.setName(name);
        row.setCreatedAt(UtcTimes.toColumn(createdAt));
        return row;
    }

    static Account toAccount(AccountsRecord row) {
        return new Account(AccountId.of(row.getId()), row.getName(), UtcTimes.fromColumn(row.getCreatedAt()));
    }
}
