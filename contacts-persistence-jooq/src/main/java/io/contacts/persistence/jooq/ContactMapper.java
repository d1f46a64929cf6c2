package io.contacts.persistence.jooq;

import io.contacts.domain.model.AccountId;
import io.contacts.domain.model.ClientId;
import io.contacts.domain.model.Contact;
import io.contacts.domain.model.ContactFields;
import io.contacts.domain.model.ContactId;
import io.contacts.domain.model.EmailAddress;
import io.contacts.persistence.jooq.schema.tables.records.ContactsRecord;
import org.jooq.Field;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static io.contacts.persistence.jooq.schema.Tables.CONTACTS;

/** Driven adapter mapping: a contact to and from its row. */
final class ContactMapper {

    /** The version of a contact just created, as the port promises. */
    static final long FIRST_VERSION = 1;

    /** The columns {@link #toContact(ResultSet)} reads, in the order it reads them. */
    static final List<Field<?>> COLUMNS = List.of(CONTACTS.ID, CONTACTS.ACCOUNT_ID, CONTACTS.CLIENT_ID,
            CONTACTS.FIRST_NAME, CONTACTS.LAST_NAME, CONTACTS.EMAIL, CONTACTS.TITLE, CONTACTS.PHONE_OFFICE,
            CONTACTS.PHONE_MOBILE, CONTACTS.FAX, CONTACTS.CREATED_AT, CONTACTS.UPDATED_AT, CONTACTS.VERSION);

    /** The columns a new contact's insert sets, in the order {@link #bindNewRow} binds them. */
    static final List<Field<?>> INSERTED = List.of(CONTACTS.ACCOUNT_ID, CONTACTS.CLIENT_ID, CONTACTS.FIRST_NAME,
            CONTACTS.LAST_NAME, CONTACTS.EMAIL, CONTACTS.TITLE, CONTACTS.PHONE_OFFICE, CONTACTS.PHONE_MOBILE,
            CONTACTS.FAX, CONTACTS.CREATED_AT, CONTACTS.UPDATED_AT, CONTACTS.VERSION);

    private ContactMapper() {
    }

    /** Binds a new contact (the database assigns its id) to an insert of the {@link #INSERTED} columns. */
    static void bindNewRow(PreparedStatement insert, AccountId account, ContactFields fields, Instant now)
            throws SQLException {
        OffsetDateTime at = UtcTimes.toColumn(now);
        insert.setLong(1, account.value());
        insert.setLong(2, fields.clientId().value());
        insert.setString(3, fields.firstName());
        insert.setString(4, fields.lastName());
        insert.setString(5, fields.email().map(EmailAddress::value).orElse(null));
        insert.setString(6, fields.title().orElse(null));
        insert.setString(7, fields.phoneOffice().orElse(null));
        insert.setString(8, fields.phoneMobile().orElse(null));
        insert.setString(9, fields.fax().orElse(null));
        insert.setObject(10, at);
        insert.setObject(11, at);
        insert.setLong(12, FIRST_VERSION);
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
                ClientId.of(row.getLong(3)),
                row.getString(4),
                row.getString(5),
                Optional.ofNullable(row.getString(6)).map(EmailAddress::of),
                Optional.ofNullable(row.getString(7)),
                Optional.ofNullable(row.getString(8)),
                Optional.ofNullable(row.getString(9)),
                Optional.ofNullable(row.getString(10)));
        return new Contact(ContactId.of(row.getLong(1)), AccountId.of(row.getLong(2)), fields,
                UtcTimes.fromColumn(row.getObject(11, OffsetDateTime.class)),
                UtcTimes.fromColumn(row.getObject(12, OffsetDateTime.class)), row.getLong(13));
    }
}
