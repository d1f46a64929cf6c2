package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactChanges;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.ContactWithClient;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Versions;
import io.contacts.persistence.jooq.schema.tables.records.ContactsRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectJoinStep;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.types.DayToSecond;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.contacts.persistence.jooq.schema.Tables.CLIENTS;
import static io.contacts.persistence.jooq.schema.Tables.CONTACTS;

/** Driven adapter mapping: a contact to and from its row. */
final class ContactMapper {

    /** The columns every read selects, in the table's order: a column's index here is its position in a row. */
    static final List<Field<?>> COLUMNS = List.of(CONTACTS.fields());

    /** The columns of a contact with its client's name: {@link #COLUMNS}, then the name. */
    static final List<Field<?>> WITH_CLIENT = Stream.concat(COLUMNS.stream(), Stream.of(CLIENTS.NAME)).toList();

    /** The columns a new contact's insert sets: all but the id, which the database assigns. */
    static final List<Field<?>> INSERTED = COLUMNS.stream().filter(column -> !column.equals(CONTACTS.ID)).toList();

    /**
     * The update's assignments, each bound once: a kept field is bound as null and coalesces to the stored value; a
     * cleared optional one as the empty text, which no valid value is, turned into null by {@code NULLIF}. The
     * update time never goes back nor stays: the later of now and a microsecond after the stored one.
     */
    static final Map<Field<?>, Field<?>> CHANGES = assignments();

    private static final int ID = RowMapper.position(COLUMNS, CONTACTS.ID);
    private static final int ACCOUNT_ID = RowMapper.position(COLUMNS, CONTACTS.ACCOUNT_ID);
    private static final int CLIENT_ID = RowMapper.position(COLUMNS, CONTACTS.CLIENT_ID);
    private static final int FIRST_NAME = RowMapper.position(COLUMNS, CONTACTS.FIRST_NAME);
    private static final int LAST_NAME = RowMapper.position(COLUMNS, CONTACTS.LAST_NAME);
    private static final int EMAIL = RowMapper.position(COLUMNS, CONTACTS.EMAIL);
    private static final int TITLE = RowMapper.position(COLUMNS, CONTACTS.TITLE);
    private static final int PHONE_OFFICE = RowMapper.position(COLUMNS, CONTACTS.PHONE_OFFICE);
    private static final int PHONE_MOBILE = RowMapper.position(COLUMNS, CONTACTS.PHONE_MOBILE);
    private static final int FAX = RowMapper.position(COLUMNS, CONTACTS.FAX);
    private static final int CREATED_AT = RowMapper.position(COLUMNS, CONTACTS.CREATED_AT);
    private static final int UPDATED_AT = RowMapper.position(COLUMNS, CONTACTS.UPDATED_AT);
    private static final int VERSION = RowMapper.position(COLUMNS, CONTACTS.VERSION);
    private static final int CLIENT_NAME = RowMapper.position(WITH_CLIENT, CLIENTS.NAME);

    private ContactMapper() {
    }

    private static Map<Field<?>, Field<?>> assignments() {
        Map<Field<?>, Field<?>> changes = new LinkedHashMap<>();
        changes.put(CONTACTS.CLIENT_ID, DSL.coalesce(DSL.param("client_id", Long.class), CONTACTS.CLIENT_ID));
        changes.put(CONTACTS.FIRST_NAME, DSL.coalesce(DSL.param("first_name", String.class), CONTACTS.FIRST_NAME));
        for (TableField<ContactsRecord, String> text : List.of(CONTACTS.LAST_NAME, CONTACTS.EMAIL, CONTACTS.TITLE,
                CONTACTS.PHONE_OFFICE, CONTACTS.PHONE_MOBILE, CONTACTS.FAX)) {
            changes.put(text, DSL.nullif(DSL.coalesce(DSL.param(text.getName(), String.class), text), DSL.inline("")));
        }
        changes.put(CONTACTS.UPDATED_AT, DSL.greatest(DSL.param("updated_at", OffsetDateTime.class),
                CONTACTS.UPDATED_AT.plus(DSL.inline(new DayToSecond(0, 0, 0, 0, 1_000)))));
        changes.put(CONTACTS.VERSION, CONTACTS.VERSION.plus(DSL.inline(1L)));
        return Collections.unmodifiableMap(changes);
    }

    /** A text change's bound value: null keeps the stored text, the empty text clears it. */
    private static <T> String keptAsNull(io.contacts.domain.model.Field<T> change, Function<T, String> text) {
        if (change instanceof io.contacts.domain.model.Field.Absent) {
            return null;
        }
        return ContactChanges.present(change).map(text).orElse("");
    }

    /** The row of a new contact; the database assigns the id. */
    static ContactsRecord newRow(AccountId account, ContactFields fields, Instant now) {
        ContactsRecord row = new ContactsRecord();
        row.setAccountId(account.value());
        row.setClientId(fields.clientId().value());
        row.setFirstName(fields.firstName());
        row.setLastName(fields.lastName().orElse(null));
        row.setEmail(fields.email().map(EmailAddress::value).orElse(null));
        row.setTitle(fields.title().orElse(null));
        row.setPhoneOffice(fields.phoneOffice().orElse(null));
        row.setPhoneMobile(fields.phoneMobile().orElse(null));
        row.setFax(fields.fax().orElse(null));
        row.setCreatedAt(UtcTimes.toColumn(now));
        row.setUpdatedAt(UtcTimes.toColumn(now));
        row.setVersion(Versions.FIRST);
        return row;
    }

    /** A new contact's values, in the order of {@link #INSERTED}. */
    static Object[] insertedValues(AccountId account, ContactFields fields, Instant now) {
        ContactsRecord row = newRow(account, fields, now);
        return INSERTED.stream().map(row::get).toArray();
    }

    /** A change's values: in the order of {@link #CHANGES}'s placeholders, then the row's account, id and version. */
    static Object[] changedValues(ContactChanges changes, Instant now, AccountId account, ContactId id,
                                  OptionalLong expectedVersion) {
        return new Object[] {
                ContactChanges.present(changes.clientId()).map(ClientId::value).orElse(null),
                keptAsNull(changes.firstName(), Function.identity()),
                keptAsNull(changes.lastName(), Function.identity()),
                keptAsNull(changes.email(), EmailAddress::value),
                keptAsNull(changes.title(), Function.identity()),
                keptAsNull(changes.phoneOffice(), Function.identity()),
                keptAsNull(changes.phoneMobile(), Function.identity()),
                keptAsNull(changes.fax(), Function.identity()),
                UtcTimes.toColumn(now),
                account.value(),
                id.value(),
                orAny(expectedVersion)};
    }

    /** A version to match, or null for whatever version the row is at. */
    static Long orAny(OptionalLong version) {
        return version.isPresent() ? version.getAsLong() : null;
    }

    /** Contacts with their clients' names: joined on the foreign key, which keeps every contact's client there. */
    static SelectJoinStep<?> withClient(DSLContext dsl) {
        return dsl.select(WITH_CLIENT).from(CONTACTS).join(CLIENTS)
                .on(CLIENTS.ACCOUNT_ID.eq(CONTACTS.ACCOUNT_ID), CLIENTS.ID.eq(CONTACTS.CLIENT_ID));
    }

    /** A row selected as {@link #WITH_CLIENT}. */
    static ContactWithClient toContactWithClient(ResultSet row) throws SQLException {
        return new ContactWithClient(toContact(row), row.getString(CLIENT_NAME));
    }

    /** A row selected as {@link #COLUMNS}: texts the domain checked when they were written, not checked again. */
    static Contact toContact(ResultSet row) throws SQLException {
        ContactFields fields = ContactFields.stored(
                ClientId.of(row.getLong(CLIENT_ID)),
                row.getString(FIRST_NAME),
                Optional.ofNullable(row.getString(LAST_NAME)),
                Optional.ofNullable(row.getString(EMAIL)).map(EmailAddress::stored),
                Optional.ofNullable(row.getString(TITLE)),
                Optional.ofNullable(row.getString(PHONE_OFFICE)),
                Optional.ofNullable(row.getString(PHONE_MOBILE)),
                Optional.ofNullable(row.getString(FAX)));
        return new Contact(ContactId.of(row.getLong(ID)), AccountId.of(row.getLong(ACCOUNT_ID)), fields,
                UtcTimes.fromColumn(row.getObject(CREATED_AT, OffsetDateTime.class)),
                UtcTimes.fromColumn(row.getObject(UPDATED_AT, OffsetDateTime.class)), row.getLong(VERSION));
    }
}
