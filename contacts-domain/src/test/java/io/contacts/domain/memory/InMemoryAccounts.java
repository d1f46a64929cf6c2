package io.contacts.domain.memory;

import io.contacts.domain.model.Account;
import io.contacts.domain.model.AccountId;
import io.contacts.domain.port.out.Accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Driven adapter: accounts in memory. */
final class InMemoryAccounts implements Accounts {

    private final InMemoryDatabase db;

    InMemoryAccounts(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Account add(String name, Instant now) {
        return db.locked(() -> {
            AccountId id = AccountId.of(db.accountIds.incrementAndGet());
            Account account = new Account(id, name, now);
            db.accounts.put(id.value(), account);
            db.onRollback(() -> db.accounts.remove(id.value()));
            return account;
        });
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return db.locked(() -> Optional.ofNullable(db.accounts.get(id.value())));
    }

    @Override
    public boolean isEmpty() {
        return db.locked(db.accounts::isEmpty);
    }

    /** Its transactions take turns already (serializable). */
    @Override
    public boolean isEmptyForFirstAccount() {
        return isEmpty();
    }

    @Override
    public List<Account> list() {
        return db.locked(() -> List.copyOf(db.accounts.values()));
    }

    @Override
    public boolean rename(AccountId id, String name) {
        return db.locked(() -> {
            Account before = db.accounts.get(id.value());
            if (before == null) {
                return false;
            }
            db.accounts.put(id.value(), new Account(id, name, before.createdAt()));
            db.onRollback(() -> db.accounts.put(id.value(), before));
            return true;
        });
    }
}
