package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactChanges;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactFilter;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.PageRequest;
import io.contacts.domain.model.UnknownClientException;
import io.contacts.domain.model.Versions;
import io.contacts.domain.port.out.Contacts;
import io.contacts.persistence.jooq.schema.Keys;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import static io.contacts.persistence.jooq.schema.Tables.CLIENTS;
import static io.contacts.persistence.jooq.schema.Tables.CONTACTS;

/** Driven adapter: the {@link Contacts} port on the contacts table, every statement scoped by the account. */
final class JooqContacts implements Contacts {

    private final Database db;
    /** The read behind every GET of a contact, and the second look of a conditional write that matched nothing. */
    private final RenderedQuery<Contact> byId;
    /** The insert behind every POST of a contact. */
    private final RenderedQuery<Long> insert;
    /** The one statement behind every PUT of a contact: the changes applied, the row as it now is returned. */
    private final RenderedQuery<Contact> update;
    /** The one statement behind every DELETE of a contact. */
    private final RenderedQuery<Long> delete;
    /** The lock of a contact's client where the database needs one ({@link #holdClient}), behind every POST on H2. */
    private final RenderedQuery<Boolean> clientLock;
    /** The lists: of the account, of one client, each with or without {@code updated_since}. */
    private final RenderedQuery<Contact> all;
    private final RenderedQuery<Contact> ofClient;
    private final RenderedQuery<Contact> allSince;
    private final RenderedQuery<Contact> ofClientSince;
    /** The read behind a v2 GET of a contact: the contact and its client's name, in one query. */
    private final RenderedQuery<ContactWithClient> byIdWithClient;
    /** The pages and counts of v2's lists: of the account or one client, updated since a time or ever. */
    private final NewestFirst<ContactWithClient, ContactFilter> pages;

    JooqContacts(Database db) {
        this.db = db;
        this.byId = db.render(dsl -> dsl.select(ContactMapper.COLUMNS).from(CONTACTS)
                        .where(CONTACTS.ACCOUNT_ID.eq(DSL.param("account_id", 0L)),
                                CONTACTS.ID.eq(DSL.param("id", 0L))),
                ContactMapper::toContact);
        this.insert = db.render(dsl -> dsl.insertInto(CONTACTS, ContactMapper.INSERTED)
                        .values(ContactMapper.INSERTED.stream().map(DSL::param).toList())
                        .returningResult(CONTACTS.ID),
                row -> row.getLong(1));
        this.update = db.render(dsl -> dsl.update(CONTACTS).set(ContactMapper.CHANGES)
                        .where(oneContact())
                        .returningResult(ContactMapper.COLUMNS),
                ContactMapper::toContact);
        this.delete = db.render(dsl -> dsl.deleteFrom(CONTACTS)
                        .where(oneContact())
                        .returningResult(CONTACTS.ID),
                row -> row.getLong(1));
        this.clientLock = db.render(dsl -> dsl.selectOne().from(CLIENTS)
                        .where(CLIENTS.ACCOUNT_ID.eq(DSL.param("account_id", 0L)), CLIENTS.ID.eq(DSL.param("id", 0L)))
                        .forUpdate(),
                row -> Boolean.TRUE);
        this.all = list(db, false, false);
        this.ofClient = list(db, true, false);
        this.allSince = list(db, false, true);
        this.ofClientSince = list(db, true, true);
        this.byIdWithClient = db.render(dsl -> ContactMapper.withClient(dsl)
                        .where(CONTACTS.ACCOUNT_ID.eq(DSL.param("account_id", 0L)),
                                CONTACTS.ID.eq(DSL.param("id", 0L))),
                ContactMapper::toContactWithClient);
        this.pages = pages(db);
    }

    private static NewestFirst<ContactWithClient, ContactFilter> pages(Database db) {
        NewestFirst.Filter ofClient = new NewestFirst.Filter("client_id",
                CONTACTS.CLIENT_ID.eq(DSL.param("client_id", 0L)), Optional.of(CONTACTS.CLIENT_ID));
        NewestFirst.Filter since = new NewestFirst.Filter("since",
                CONTACTS.UPDATED_AT.ge(DSL.param("since", OffsetDateTime.class)), Optional.empty());
        return new NewestFirst<>(db, ContactMapper::withClient, CONTACTS.ACCOUNT_ID, CONTACTS.ID,
                List.of(ofClient, since),
                filter -> Arrays.asList(filter.client().map(ClientId::value).orElse(null),
                        filter.updatedSince().map(UtcTimes::toColumn).orElse(null)),
                ContactMapper::toContactWithClient);
    }

    /** A list's statement: the account's contacts, of one client or all, updated since a time or ever, by id. */
    private static RenderedQuery<Contact> list(Database db, boolean ofClient, boolean since) {
        List<Condition> matching = new ArrayList<>();
        matching.add(CONTACTS.ACCOUNT_ID.eq(DSL.param("account_id", 0L)));
        if (ofClient) {
            matching.add(CONTACTS.CLIENT_ID.eq(DSL.param("client_id", 0L)));
        }
        if (since) {
            matching.add(CONTACTS.UPDATED_AT.ge(DSL.param("since", OffsetDateTime.class)));
        }
        // By the index's leading columns too (fixed by the condition, so the same order): H2 then reads the index
        // in order instead of sorting every row before the first (PostgreSQL sees that either way).
        List<OrderField<?>> order = ofClient ? List.of(CONTACTS.ACCOUNT_ID, CONTACTS.CLIENT_ID, CONTACTS.ID)
                : List.of(CONTACTS.ACCOUNT_ID, CONTACTS.ID);
        return db.render(dsl -> dsl.select(ContactMapper.COLUMNS).from(CONTACTS).where(matching).orderBy(order),
                ContactMapper::toContact);
    }

    @Override
    public Contact add(AccountId account, ContactFields fields, Instant now) {
        long id = db.write(dsl -> {
                    holdClient(dsl, account, fields.clientId());
                    return insert.fetchOptional(dsl, ContactMapper.insertedValues(account, fields, now)).orElseThrow();
                },
                unknownClient(fields.clientId()));
        return new Contact(ContactId.of(id), account, fields, now, now, Versions.FIRST);
    }

    @Override
    public Optional<Contact> find(AccountId account, ContactId id) {
        return db.read(dsl -> byId.fetchOptional(dsl, account.value(), id.value()));
    }

    @Override
    public Optional<ContactWithClient> findWithClient(AccountId account, ContactId id) {
        return db.read(dsl -> byIdWithClient.fetchOptional(dsl, account.value(), id.value()));
    }

    /**
     * By the primary key read backwards, or {@code contacts_client_ix} for one client's; each row's client by its
     * primary key: after a key, the page costs the same wherever it is in the list.
     */
    @Override
    public List<ContactWithClient> newestFirst(AccountId account, ContactFilter filter, PageRequest page, int limit) {
        return pages.page(account, filter, page, limit);
    }

    @Override
    public long count(AccountId account, ContactFilter filter) {
        return pages.count(account, filter);
    }

    /** One of four statements rendered once: no list builds or renders SQL on its way to its first row. */
    @Override
    public Stream<Contact> list(AccountId account, ContactFilter filter) {
        Optional<Long> client = filter.client().map(ClientId::value);
        Optional<OffsetDateTime> since = filter.updatedSince().map(UtcTimes::toColumn);
        if (client.isPresent()) {
            return since.isPresent()
                    ? db.stream(ofClientSince, account.value(), client.get(), since.get())
                    : db.stream(ofClient, account.value(), client.get());
        }
        return since.isPresent() ? db.stream(allSince, account.value(), since.get()) : db.stream(all, account.value());
    }

    @Override
    public Optional<Contact> update(AccountId account, ContactId id, ContactChanges changes,
                                   OptionalLong expectedVersion, Instant now) {
        Object[] values = ContactMapper.changedValues(changes, now, account, id, expectedVersion);
        Optional<ClientId> newClient = ContactChanges.present(changes.clientId());
        if (newClient.isEmpty()) {
            return db.write(dsl -> update.fetchOptional(dsl, values));
        }
        return db.write(dsl -> {
            holdClient(dsl, account, newClient.get());
            return update.fetchOptional(dsl, values);
        }, unknownClient(newClient.get()));
    }

    @Override
    public boolean remove(AccountId account, ContactId id, OptionalLong expectedVersion) {
        Long version = ContactMapper.orAny(expectedVersion);
        return db.write(dsl -> delete.fetchOptional(dsl, account.value(), id.value(), version))
                .isPresent();
    }

    /**
     * The contact of an account and id, at a version bound as null for "whatever version it is at": one statement,
     * rendered once, serves the conditional and the unconditional write.
     */
    private static List<Condition> oneContact() {
        return List.of(CONTACTS.ACCOUNT_ID.eq(DSL.param("account_id", 0L)), CONTACTS.ID.eq(DSL.param("id", 0L)),
                CONTACTS.VERSION.eq(DSL.coalesce(DSL.param("version", Long.class), CONTACTS.VERSION)));
    }

    /**
     * Asked before a client is deleted, in the same transaction: where the database needs it, the client row is
     * held first, so that no contact can be added for it until that transaction ends (see {@link #holdClient}).
     */
    @Override
    public boolean anyOfClient(AccountId account, ClientId client) {
        return db.read(dsl -> {
            db.dialect().holdReferencedRow(dsl, clientLock, account.value(), client.value());
            return dsl.fetchExists(CONTACTS,
                    CONTACTS.ACCOUNT_ID.eq(account.value()), CONTACTS.CLIENT_ID.eq(client.value()));
        });
    }

    /**
     * Holds the row of the client a contact is written for until the write's unit ends, where the database's
     * foreign-key check does not ({@link Dialect#holdReferencedRow}): a client deleted meanwhile would otherwise
     * leave this contact without its client.
     *
     * @throws UnknownClientException when the client is known not to be (or no longer to be) there
     */
    private void holdClient(DSLContext dsl, AccountId account, ClientId client) {
        if (!db.dialect().holdReferencedRow(dsl, clientLock, account.value(), client.value())) {
            throw new UnknownClientException(client);
        }
    }

    /** The foreign key is on (account_id, client_id): a client of another account is as unknown as none. */
    private static Violation unknownClient(ClientId client) {
        return Violation.ofMissingParent(Keys.CONTACTS_CLIENT_FK, () -> new UnknownClientException(client));
    }
}
