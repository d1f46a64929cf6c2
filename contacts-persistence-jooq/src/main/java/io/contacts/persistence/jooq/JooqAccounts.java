package io.contacts.persistence.jooq;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.TextRules;
import io.contacts.domain.port.out.Accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.contacts.persistence.jooq.schema.Tables.ACCOUNTS;

/** Driven adapter: the {@link Accounts} port on the accounts table. */
final class JooqAccounts implements Accounts {

    private final Database db;

    JooqAccounts(Database db) {
        this.db = db;
    }

    @Override
    public Account add(String name, Instant now) {
        // Refused before any SQL, as the Account itself would refuse it once stored.
        TextRules.require("Name", name);
        // With its count of contacts at zero, or not at all: a rare write, so one transaction of two statements.
        long id = db.transactions().inTransaction(() -> db.write(dsl -> {
            long made = dsl.insertInto(ACCOUNTS)
                    .set(AccountMapper.newRow(name, now))
                    .returningResult(ACCOUNTS.ID)
                    .fetchSingle()
                    .value1();
            ContactCounts.open(dsl, made);
            return made;
        }));
        return new Account(AccountId.of(id), name, now);
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return db.read(dsl -> dsl.selectFrom(ACCOUNTS)
                .where(ACCOUNTS.ID.eq(id.value()))
                .fetchOptional(AccountMapper::toAccount));
    }

    @Override
    public boolean isEmpty() {
        // The one question about every account at once: the first start's bootstrap asks it.
        return db.read(dsl -> !dsl.fetchExists(ACCOUNTS));
    }

    @Override
    public boolean isEmptyForFirstAccount() {
        // Under the lock, the question is a statement of its own: it sees what the last holder committed.
        return db.read(dsl -> {
            db.dialect().holdFirstAccountLock(dsl);
            return !dsl.fetchExists(ACCOUNTS);
        });
    }

    @Override
    public List<Account> list() {
        return db.read(dsl -> dsl.selectFrom(ACCOUNTS)
                .orderBy(ACCOUNTS.ID)
                .fetch(AccountMapper::toAccount));
    }

    @Override
    public boolean rename(AccountId id, String name) {
        TextRules.require("Name", name);
        return db.write(dsl -> dsl.update(ACCOUNTS)
                .set(ACCOUNTS.NAME, name)
                .where(ACCOUNTS.ID.eq(id.value()))
                .execute()) == 1;
    }
}
