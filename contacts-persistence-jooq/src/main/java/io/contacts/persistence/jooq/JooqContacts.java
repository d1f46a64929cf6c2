package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.UnknownClientException;
import io.contacts.domain.port.out.Contacts;
import io.contacts.persistence.jooq.schema.Keys;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.contacts.persistence.jooq.schema.Tables.CLIENTS;
import static io.contacts.persistence.jooq.schema.Tables.CONTACTS;

/** Driven adapter: the {@link Contacts} port on the contacts table, every statement scoped by the account. */
final class JooqContacts implements Contacts {

    private final Database db;
    private final String findSql;
    private final String insertSql;

    JooqContacts(Database db) {
        this.db = db;
        this.findSql = db.render(dsl -> dsl.select(ContactMapper.COLUMNS).from(CONTACTS)
                .where(CONTACTS.ACCOUNT_ID.eq(DSL.param("account_id", 0L)), CONTACTS.ID.eq(DSL.param("id", 0L))));
        this.insertSql = db.render(dsl -> dsl.insertInto(CONTACTS, ContactMapper.INSERTED)
                .values(ContactMapper.INSERTED.stream().map(column -> DSL.param(column)).toList())
                .returningResult(CONTACTS.ID));
    }

    @Override
    public Contact add(AccountId account, ContactFields fields, Instant now) {
        // Every POST: the insert's SQL is rendered once, at construction.
        long id = db.write(dsl -> {
                    holdClient(dsl, account, fields.clientId());
                    return dsl.connectionResult(connection -> {
                        try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
                            ContactMapper.bindNewRow(insert, account, fields, now);
                            try (ResultSet key = insert.executeQuery()) {
                                key.next();
                                return key.getLong(1);
                            }
                        }
                    });
                },
                unknownClient(fields.clientId()));
        return new Contact(ContactId.of(id), account, fields, now, now, ContactMapper.FIRST_VERSION);
    }

    @Override
    public Optional<Contact> find(AccountId account, ContactId id) {
        // The read behind every GET, PUT and DELETE of a contact: its SQL is rendered once, at construction.
        return db.jdbc(connection -> {
            try (PreparedStatement select = connection.prepareStatement(findSql)) {
                select.setLong(1, account.value());
                select.setLong(2, id.value());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(ContactMapper.toContact(row)) : Optional.<Contact>empty();
                }
            }
        });
    }

    @Override
    public Stream<Contact> list(AccountId account, ContactFilter filter) {
        List<Condition> matching = new ArrayList<>();
        matching.add(CONTACTS.ACCOUNT_ID.eq(account.value()));
        filter.client().ifPresent(client -> matching.add(CONTACTS.CLIENT_ID.eq(client.value())));
        filter.updatedSince().ifPresent(since -> matching.add(CONTACTS.UPDATED_AT.ge(UtcTimes.toColumn(since))));
        return db.streamRows(dsl -> dsl.select(ContactMapper.COLUMNS).from(CONTACTS).where(matching)
                .orderBy(CONTACTS.ID), ContactMapper::toContact);
    }

    @Override
    public boolean update(Contact changed, long expectedVersion) {
        int rows = db.write(dsl -> {
                    holdClient(dsl, changed.accountId(), changed.clientId());
                    return dsl.update(CONTACTS)
                            .set(ContactMapper.changes(changed.fields(), changed.updatedAt(), changed.version()))
                            .where(CONTACTS.ACCOUNT_ID.eq(changed.accountId().value()),
                                    CONTACTS.ID.eq(changed.id().value()),
                                    CONTACTS.VERSION.eq(expectedVersion))
                            .execute();
                },
                unknownClient(changed.clientId()));
        return rows == 1;
    }

    @Override
    public boolean remove(AccountId account, ContactId id, long expectedVersion) {
        int rows = db.write(dsl -> dsl.deleteFrom(CONTACTS)
                .where(CONTACTS.ACCOUNT_ID.eq(account.value()),
                        CONTACTS.ID.eq(id.value()),
                        CONTACTS.VERSION.eq(expectedVersion))
                .execute());
        return rows == 1;
    }

    /**
     * Asked before a client is deleted, in the same transaction: on H2 the client row is locked first, so that no
     * contact can be added for it until that transaction ends (see {@link #holdClient}).
     */
    @Override
    public boolean anyOfClient(AccountId account, ClientId client) {
        return db.read(dsl -> {
            if (db.dialect() == Dialect.H2) {
                dsl.select(CLIENTS.ID).from(CLIENTS)
                        .where(CLIENTS.ACCOUNT_ID.eq(account.value()), CLIENTS.ID.eq(client.value()))
                        .forUpdate().fetch();
            }
            return dsl.fetchExists(CONTACTS,
                    CONTACTS.ACCOUNT_ID.eq(account.value()), CONTACTS.CLIENT_ID.eq(client.value()));
        });
    }

    /**
     * On H2, locks the row of the client a contact is written for until the write's transaction ends. H2 checks
     * a foreign key without locking the parent row, so a client deleted by a concurrent transaction would
     * otherwise pass its own "no contacts" check and leave this contact without its client. PostgreSQL's
     * foreign-key check takes that lock itself, so there this costs nothing.
     *
     * @throws UnknownClientException when the client is not (or no longer) there
     */
    private void holdClient(DSLContext dsl, AccountId account, ClientId client) {
        if (db.dialect() != Dialect.H2) {
            return;
        }
        boolean present = dsl.select(CLIENTS.ID).from(CLIENTS)
                .where(CLIENTS.ACCOUNT_ID.eq(account.value()), CLIENTS.ID.eq(client.value()))
                .forUpdate()
                .fetchOptional()
                .isPresent();
        if (!present) {
            throw new UnknownClientException(client);
        }
    }

    /** The foreign key is on (account_id, client_id): a client of another account is as unknown as none. */
    private static Violation unknownClient(ClientId client) {
        return Violation.ofMissingParent(Keys.CONTACTS_CLIENT_FK, () -> new UnknownClientException(client));
    }
}
