package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.EmailAddress;
import io.contacts.domain.model.Versions;
import io.contacts.persistence.jooq.schema.tables.records.ContactsRecord;
import org.jooq.Field;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static io.contacts.persistence.jooq.schema.Tables.CONTACTS;

/** Driven adapter mapping: a contact to and from its row. */
final class ContactMapper {

    /** The columns every read selects, in the table's order: a column's index here is its position in a row. */
    static final List<Field<?>> COLUMNS = List.of(CONTACTS.fields());

    /** The columns a new contact's insert sets: all but the id, which the database assigns. */
    static final List<Field<?>> INSERTED = COLUMNS.stream().filter(column -> !column.equals(CONTACTS.ID)).toList();

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

    private ContactMapper() {
    }

    /** The row of a new contact; the database assigns the id. */
    static ContactsRecord newRow(AccountId account, ContactFields fields, Instant now) {
        ContactsRecord row = changes(fields, now, Versions.FIRST);
        row.setAccountId(account.value());
        row.setCreatedAt(UtcTimes.toColumn(now));
        return row;
    }

    /** A new contact's values, in the order of {@link #INSERTED}. */
    static Object[] insertedValues(AccountId account, ContactFields fields, Instant now) {
        ContactsRecord row = newRow(account, fields, now);
        return INSERTED.stream().map(row::get).toArray();
    }

    /**
     * The columns a change rewrites: every field (an absent one as null, which clears it), the update
     * time and the version. Keys and the creation time never change.
     */
    static ContactsRecord changes(ContactFields fields, Instant updatedAt, long version) {
        ContactsRecord row = new ContactsRecord();
        row.setClientId(fields.clientId().value());
        row.setFirstName(fields.firstName());
        row.setLastName(fields.lastName());
        row.setEmail(fields.email().map(EmailAddress::value).orElse(null));
        row.setTitle(fields.title().orElse(null));
        row.setPhoneOffice(fields.phoneOffice().orElse(null));
        row.setPhoneMobile(fields.phoneMobile().orElse(null));
        row.setFax(fields.fax().orElse(null));
        row.setUpdatedAt(UtcTimes.toColumn(updatedAt));
        row.setVersion(version);
        return row;
    }

    /** A row selected as {@link #COLUMNS}. */
    static Contact toContact(ResultSet row) throws SQLException {
        ContactFields fields = new ContactFields(
                ClientId.of(row.getLong(CLIENT_ID)),
                row.getString(FIRST_NAME),
                row.getString(LAST_NAME),
                Optional.ofNullable(row.getString(EMAIL)).map(EmailAddress::of),
                Optional.ofNullable(row.getString(TITLE)),
                Optional.ofNullable(row.getString(PHONE_OFFICE)),
                Optional.ofNullable(row.getString(PHONE_MOBILE)),
                Optional.ofNullable(row.getString(FAX)));
        return new Contact(ContactId.of(row.getLong(ID)), AccountId.of(row.getLong(ACCOUNT_ID)), fields,
                UtcTimes.fromColumn(row.getObject(CREATED_AT, OffsetDateTime.class)),
                UtcTimes.fromColumn(row.getObject(UPDATED_AT, OffsetDateTime.class)), row.getLong(VERSION));
    }
}
