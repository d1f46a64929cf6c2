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
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
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
    /** The insert behind every POST of a contact; on PostgreSQL it counts the contact too ({@link ContactCounts}). */
    private final RenderedQuery<Long> insert;
    /** The one statement behind every PUT of a contact: the changes applied, the row as it now is returned. */
    private final RenderedQuery<Contact> update;
    /** The one statement behind every DELETE of a contact; on PostgreSQL it counts the deletion too. */
    private final RenderedQuery<Long> delete;
    /** The lock of a contact's client where the database needs one ({@link #holdClient}), behind every POST on H2. */
    private final RenderedQuery<Boolean> clientLock;
    /** v1's lists, streamed in id order. */
    private final ContactLists lists;
    /** The read behind a v2 GET of a contact: the contact and its client's name, in one query. */
    private final RenderedQuery<ContactWithClient> byIdWithClient;
    /** The pages and counts of v2's lists: of the account or one client, updated since a time or ever. */
    private final NewestFirst<ContactWithClient, ContactFilter> pages;
    /** The account's count of contacts, kept by {@link #add} and {@link #remove}. */
    private final ContactCounts counts;

    JooqContacts(Database db) {
        this.db = db;
        this.byId = db.render(dsl -> dsl.select(ContactMapper.COLUMNS).from(CONTACTS)
                        .where(CONTACTS.ACCOUNT_ID.eq(DSL.param("account_id", 0L)),
                                CONTACTS.ID.eq(DSL.param("id", 0L))),
                ContactMapper::toContact);
        this.counts = new ContactCounts(db);
        this.insert = db.render(dsl -> (counts.inStatement()
                        ? dsl.with(ContactCounts.counting(dsl, "counted", DSL.noCondition()))
                                .insertInto(CONTACTS, ContactMapper.INSERTED)
                        : dsl.insertInto(CONTACTS, ContactMapper.INSERTED))
                        .values(ContactMapper.INSERTED.stream().map(DSL::param).toList())
                        .returningResult(CONTACTS.ID),
                row -> row.getLong(1));
        this.update = db.render(dsl -> dsl.update(CONTACTS).set(ContactMapper.CHANGES)
                        .where(oneContact())
                        .returningResult(ContactMapper.COLUMNS),
                ContactMapper::toContact);
        this.delete = db.render(dsl -> counts.inStatement() ? countedDelete(dsl)
                        : dsl.deleteFrom(CONTACTS).where(oneContact()).returningResult(CONTACTS.ID),
                row -> row.getLong(1));
        this.clientLock = db.render(dsl -> dsl.selectOne().from(CLIENTS)
                        .where(CLIENTS.ACCOUNT_ID.eq(DSL.param("account_id", 0L)), CLIENTS.ID.eq(DSL.param("id", 0L)))
                        .forUpdate(),
                row -> Boolean.TRUE);
        this.lists = new ContactLists(db);
        this.byIdWithClient = db.render(dsl -> ContactMapper.withClient(dsl)
                        .where(CONTACTS.ACCOUNT_ID.eq(DSL.param("account_id", 0L)),
                                CONTACTS.ID.eq(DSL.param("id", 0L))),
                ContactMapper::toContactWithClient);
        this.pages = pages(db);
    }

    /** The delete, and the count of the account taken down by one where it deleted a contact: one statement. */
    private static ResultQuery<Record1<Long>> countedDelete(DSLContext dsl) {
        CommonTableExpression<Record1<Long>> gone = DSL.name("gone")
                .as(dsl.deleteFrom(CONTACTS).where(oneContact()).returningResult(CONTACTS.ID));
        return dsl.with(gone)
                .with(ContactCounts.counting(dsl, "counted", DSL.exists(DSL.selectOne().from(gone))))
                .select(gone.field(CONTACTS.ID)).from(gone);
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

    @Override
    public Contact add(AccountId account, ContactFields fields, Instant now) {
        int slot = ContactCounts.slot();
        Object[] inserted = ContactMapper.insertedValues(account, fields, now);
        long id = db.write(dsl -> {
                    holdClient(dsl, account, fields.clientId());
                    if (counts.inStatement()) {
                        return insert.fetchOptional(dsl, joined(ContactCounts.values(account, slot, 1), inserted))
                                .orElseThrow();
                    }
                    long added = insert.fetchOptional(dsl, inserted).orElseThrow();
                    counts.change(dsl, account, slot, 1);
                    return added;
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

    /** The account's kept count when nothing is filtered; otherwise what the filter's index range holds. */
    @Override
    public long count(AccountId account, ContactFilter filter) {
        if (filter.client().isEmpty() && filter.updatedSince().isEmpty()) {
            OptionalLong kept = db.read(dsl -> counts.total(dsl, account));
            if (kept.isPresent()) {
                return kept.getAsLong();
            }
        }
        return pages.count(account, filter);
    }

    @Override
    public Stream<Contact> list(AccountId account, ContactFilter filter) {
        return lists.stream(account, filter);
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
        Object[] contact = {account.value(), id.value(), ContactMapper.orAny(expectedVersion)};
        int slot = ContactCounts.slot();
        return db.write(dsl -> {
            if (counts.inStatement()) {
                return delete.fetchOptional(dsl, joined(contact, ContactCounts.values(account, slot, -1)));
            }
            Optional<Long> deleted = delete.fetchOptional(dsl, contact);
            deleted.ifPresent(gone -> counts.change(dsl, account, slot, -1));
            return deleted;
        }).isPresent();
    }

    private static Object[] joined(Object[] first, Object[] then) {
        Object[] values = Arrays.copyOf(first, first.length + then.length);
        System.arraycopy(then, 0, values, first.length, then.length);
        return values;
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
