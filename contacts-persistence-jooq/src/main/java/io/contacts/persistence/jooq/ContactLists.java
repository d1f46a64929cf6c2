package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFilter;
import org.jooq.Condition;
import org.jooq.OrderField;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.contacts.persistence.jooq.schema.Tables.CONTACTS;

/**
 * Driven adapter helper: the streamed lists of an account's contacts in id order (v1's lists), one of four statements
 * rendered once, so that no list builds or renders SQL on its way to its first row.
 */
final class ContactLists {

    private final Database db;
    private final RenderedQuery<Contact> all;
    private final RenderedQuery<Contact> ofClient;
    private final RenderedQuery<Contact> allSince;
    private final RenderedQuery<Contact> ofClientSince;

    ContactLists(Database db) {
        this.db = db;
        this.all = list(db, false, false);
        this.ofClient = list(db, true, false);
        this.allSince = list(db, false, true);
        this.ofClientSince = list(db, true, true);
    }

    /** The account's contacts that the filter matches, by id, read while the stream is consumed. */
    Stream<Contact> stream(AccountId account, ContactFilter filter) {
        Optional<Long> client = filter.client().map(ClientId::value);
        Optional<OffsetDateTime> since = filter.updatedSince().map(UtcTimes::toColumn);
        if (client.isPresent()) {
            return since.isPresent()
                    ? db.stream(ofClientSince, account.value(), client.get(), since.get())
                    : db.stream(ofClient, account.value(), client.get());
        }
        return since.isPresent() ? db.stream(allSince, account.value(), since.get()) : db.stream(all, account.value());
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
}
