package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.Client;
import io.contacts.domain.model.ClientFields;
import io.contacts.domain.model.ClientFilter;
import io.contacts.domain.model.ClientHasContactsException;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.DuplicateClientNameException;
import io.contacts.domain.model.PageRequest;
import io.contacts.domain.model.Versions;
import io.contacts.domain.port.out.Clients;
import io.contacts.persistence.jooq.schema.Keys;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.contacts.persistence.jooq.schema.Tables.CLIENTS;

/** Driven adapter: the {@link Clients} port on the clients table, every statement scoped by the account. */
final class JooqClients implements Clients {

    private final Database db;
    /** Behind every contact written and every client's list of contacts. */
    private final RenderedQuery<Client> byId;
    /** The pages and counts of v2's list: all clients or the active or inactive ones, updated since a time or ever. */
    private final NewestFirst<Client, ClientFilter> pages;

    JooqClients(Database db) {
        this.db = db;
        this.byId = db.render(dsl -> dsl.select(ClientMapper.COLUMNS).from(CLIENTS)
                        .where(CLIENTS.ACCOUNT_ID.eq(DSL.param("account_id", 0L)), CLIENTS.ID.eq(DSL.param("id", 0L))),
                ClientMapper::toClient);
        this.pages = pages(db);
    }

    private static NewestFirst<Client, ClientFilter> pages(Database db) {
        NewestFirst.Filter active = new NewestFirst.Filter("active",
                CLIENTS.ACTIVE.eq(DSL.param("active", Boolean.class)), Optional.empty());
        NewestFirst.Filter since = new NewestFirst.Filter("since",
                CLIENTS.UPDATED_AT.ge(DSL.param("since", OffsetDateTime.class)), Optional.empty());
        return new NewestFirst<>(db, dsl -> dsl.select(ClientMapper.COLUMNS).from(CLIENTS), CLIENTS.ACCOUNT_ID,
                CLIENTS.ID, List.of(active, since),
                filter -> Arrays.asList(filter.active().orElse(null),
                        filter.updatedSince().map(UtcTimes::toColumn).orElse(null)),
                ClientMapper::toClient);
    }

    @Override
    public Client add(AccountId account, ClientFields fields, Instant now) {
        long id = db.write(dsl -> dsl.insertInto(CLIENTS)
                        .set(ClientMapper.newRow(account, fields, now))
                        .returningResult(CLIENTS.ID)
                        .fetchSingle()
                        .value1(),
                nameTaken(fields.name()));
        return new Client(ClientId.of(id), account, fields, now, now, Versions.FIRST);
    }

    @Override
    public Optional<Client> find(AccountId account, ClientId id) {
        return db.read(dsl -> byId.fetchOptional(dsl, account.value(), id.value()));
    }

    @Override
    public Optional<Client> findByName(AccountId account, String name) {
        return db.readFirst(dsl -> dsl.select(ClientMapper.COLUMNS).from(CLIENTS)
                .where(CLIENTS.ACCOUNT_ID.eq(account.value()), CLIENTS.NAME.eq(name)), ClientMapper::toClient);
    }

    @Override
    public Stream<Client> list(AccountId account, Optional<Instant> updatedSince) {
        List<Condition> matching = new ArrayList<>();
        matching.add(CLIENTS.ACCOUNT_ID.eq(account.value()));
        updatedSince.ifPresent(since -> matching.add(CLIENTS.UPDATED_AT.ge(UtcTimes.toColumn(since))));
        return db.stream(dsl -> dsl.select(ClientMapper.COLUMNS).from(CLIENTS).where(matching)
                        .orderBy(CLIENTS.ACCOUNT_ID, CLIENTS.ID),
                ClientMapper::toClient);
    }

    /** By the primary key read backwards: after a key, the page costs the same wherever it is in the list. */
    @Override
    public List<Client> newestFirst(AccountId account, ClientFilter filter, PageRequest page, int limit) {
        return pages.page(account, filter, page, limit);
    }

    @Override
    public long count(AccountId account, ClientFilter filter) {
        return pages.count(account, filter);
    }

    @Override
    public boolean update(Client changed, long expectedVersion) {
        int rows = db.write(dsl -> dsl.update(CLIENTS)
                        .set(ClientMapper.changes(changed.fields(), changed.updatedAt(), changed.version()))
                        .where(CLIENTS.ACCOUNT_ID.eq(changed.accountId().value()),
                                CLIENTS.ID.eq(changed.id().value()),
                                CLIENTS.VERSION.eq(expectedVersion))
                        .execute(),
                nameTaken(changed.name()));
        return rows == 1;
    }

    @Override
    public boolean remove(AccountId account, ClientId id, long expectedVersion) {
        int rows = db.write(dsl -> dsl.deleteFrom(CLIENTS)
                        .where(CLIENTS.ACCOUNT_ID.eq(account.value()),
                                CLIENTS.ID.eq(id.value()),
                                CLIENTS.VERSION.eq(expectedVersion))
                        .execute(),
                // The domain checks first; the foreign key still guards a contact added meanwhile.
                Violation.ofStillReferenced(Keys.CONTACTS_CLIENT_FK, () -> new ClientHasContactsException(id)));
        return rows == 1;
    }

    private static Violation nameTaken(String name) {
        return Violation.ofUnique(Keys.CLIENTS_NAME_UK, () -> new DuplicateClientNameException(name));
    }
}
